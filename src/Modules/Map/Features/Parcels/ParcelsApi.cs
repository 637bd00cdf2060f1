using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Features.Parcels;

/// <summary>Land parcels under <c>/api/v1/map/parcels</c>.</summary>
public static class ParcelsApi
{
    public static void MapParcelsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/map/parcels").WithTags("Map");

        group.MapGet("/", async ([AsParameters] ParcelQuery query, Parcels parcels, CancellationToken ct) => TypedResults.Ok(await parcels.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchParcels").WithSummary("Land parcels offered to investors by unit, status, use and code, name or location, paged (promotional information: every unit's are readable)");

        group.MapGet("/{id:guid}", async (Guid id, Parcels parcels, CancellationToken ct) => TypedResults.Ok(await parcels.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetParcel").WithSummary("One land parcel: location, area in mu, use, status, price per mu");

        group.MapPost("/", async Task<Created<ParcelView>> (ParcelRequest request, Parcels parcels, CancellationToken ct) =>
            {
                var parcel = await parcels.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/map/parcels/{parcel.Id}", parcel);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("CreateParcel").WithSummary("Add a land parcel (area more than zero mu, price not negative); county officers only for their own unit");

        group.MapPut("/{id:guid}", async (Guid id, ParcelRequest request, Parcels parcels, CancellationToken ct) => TypedResults.Ok(await parcels.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseParcel").WithSummary("Revise a land parcel; a stale version gets 409; another unit's parcel 403");

        group.MapDelete("/{id:guid}", async (Guid id, int version, Parcels parcels, CancellationToken ct) =>
            {
                await parcels.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DeleteParcel").WithSummary("Remove a land parcel (query parameter version: the version read; stale gets 409)");
    }
}
