using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Supervision.Features.Trips;

/// <summary>Weekly dynamics (周动态) under <c>/api/v1/supervision/trips</c>.</summary>
public static class TripsApi
{
    public static void MapTripsApi(this IEndpointRouteBuilder api)
    {
        var trips = api.MapGroup("/supervision/trips").WithTags("Supervision");

        trips.MapGet("/", async ([AsParameters] TripQuery query, TripQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchTrips").WithSummary("Principal leaders' outbound investment trips by unit, date range (any day in it) and leader name or post, newest first, paged (a county officer sees its own unit's)");

        trips.MapGet("/{id:guid}", async (Guid id, TripQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetTrip").WithSummary("One trip with its visits and the interactions they became; 404 outside the caller's scope");

        trips.MapGet("/weeks/{date}", async (DateOnly date, TripQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.WeekAsync(date, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("TripWeek").WithSummary("The weekly roll-up of the ISO week (Monday to Sunday) holding the date: per unit in gazette order the trips, leader-days away within the week and organisations visited; the week's trips for the bulletin; the units without a trip");

        trips.MapPost("/", async Task<Created<TripView>> (RecordTripRequest request, TripRecording recording, CancellationToken ct) =>
            {
                var trip = await recording.RecordAsync(request, ct);
                return TypedResults.Created($"/api/v1/supervision/trips/{trip.Id}", trip);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("RecordTrip").WithSummary("Record a leader's trip with its visits; each visit becomes a visit interaction of the organisation. County officers only for their own unit; the city names the unit");

        trips.MapPut("/{id:guid}", async (Guid id, ReviseTripRequest request, TripRecording recording, CancellationToken ct) => TypedResults.Ok(await recording.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseTrip").WithSummary("Revise a trip's leader, dates, destination, people met and outcome; a stale version gets 409");
    }
}
