using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tianzhong.Kernel.Security;

namespace Tianzhong.Modules.Map.Features.Layers;

/// <summary>The map's layers under <c>/api/v1/map/layers</c>.</summary>
public static class LayersApi
{
    public static void MapLayersApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/map/layers", async (MapLayers layers, CancellationToken ct) => TypedResults.Ok(await layers.GetAsync(ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithTags("Map")
            .WithName("GetMapLayers").WithSummary("Every map layer: project counts and contract investment per unit and stage (within the caller's data scope), carriers, land parcels, the latest inspection routes as lines and cooperation opportunities, each placed at its coordinates or near its unit's seat");
    }
}
