using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Features.Carriers;

/// <summary>Investment carriers (parks) under <c>/api/v1/map/carriers</c>.</summary>
public static class CarriersApi
{
    public static void MapCarriersApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/map/carriers").WithTags("Map");

        group.MapGet("/", async ([AsParameters] CarrierQuery query, Carriers carriers, CancellationToken ct) => TypedResults.Ok(await carriers.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchCarriers").WithSummary("Investment carriers (parks) by unit ('city' for city-level parks) and name or industry, paged");

        group.MapGet("/{id:guid}", async (Guid id, Carriers carriers, CancellationToken ct) => TypedResults.Ok(await carriers.GetAsync(id, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetCarrier").WithSummary("One park: unit, area, leading industries, available land and buildings, location, contact");

        group.MapPost("/", async Task<Created<CarrierView>> (CarrierRequest request, Carriers carriers, CancellationToken ct) =>
            {
                var carrier = await carriers.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/map/carriers/{carrier.Id}", carrier);
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("CreateCarrier").WithSummary("Add a park; county officers only for their own unit, city-level parks by the city");

        group.MapPut("/{id:guid}", async (Guid id, CarrierRequest request, Carriers carriers, CancellationToken ct) => TypedResults.Ok(await carriers.ReviseAsync(id, request, ct)))
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("ReviseCarrier").WithSummary("Revise a park; a stale version gets 409; another unit's park 403");

        group.MapDelete("/{id:guid}", async (Guid id, int version, Carriers carriers, CancellationToken ct) =>
            {
                await carriers.DeleteAsync(id, version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.UnitWrite)
            .WithName("DeleteCarrier").WithSummary("Remove a park (query parameter version: the version read; stale gets 409)");
    }
}
