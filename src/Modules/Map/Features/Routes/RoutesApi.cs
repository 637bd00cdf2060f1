using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Features.Routes;

/// <summary>Inspection routes under <c>/api/v1/map/routes</c>.</summary>
public static class RoutesApi
{
    public static void MapRoutesApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/map/routes").WithTags("Map");

        group.MapGet("/", async ([AsParameters] RouteQuery query, Routes routes, CancellationToken ct) => TypedResults.Ok(await routes.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchRoutes").WithSummary("Inspection routes by owner unit ('city' for the city's), visit date range and name or investor, newest visit first, paged");

        group.MapGet("/{id:guid}", async (Guid id, Routes routes, CancellationToken ct) => TypedResults.Ok(await routes.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetRoute").WithSummary("One inspection route with its stops in order (the printable page is /map/routes/{id}/print)");

        group.MapPost("/", async Task<Created<InspectionRouteView>> (RouteRequest request, Routes routes, CancellationToken ct) =>
            {
                var route = await routes.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/map/routes/{route.Id}", route);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("CreateRoute").WithSummary("Plan an inspection route with ordered stops (a carrier, a parcel, a project or free text); owned by the county officer's unit or the city");

        group.MapPut("/{id:guid}", async (Guid id, RouteRequest request, Routes routes, CancellationToken ct) => TypedResults.Ok(await routes.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseRoute").WithSummary("Revise a route and replace its stops; a stale version gets 409; another unit's route 403");

        group.MapPut("/{id:guid}/order", async (Guid id, ReorderStopsRequest request, Routes routes, CancellationToken ct) => TypedResults.Ok(await routes.ReorderAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReorderRouteStops").WithSummary("Put a route's stops in a new order (every stop id exactly once); a stale version gets 409");

        group.MapDelete("/{id:guid}", async (Guid id, int version, Routes routes, CancellationToken ct) =>
            {
                await routes.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DeleteRoute").WithSummary("Remove a route (query parameter version: the version read; stale gets 409)");
    }
}
