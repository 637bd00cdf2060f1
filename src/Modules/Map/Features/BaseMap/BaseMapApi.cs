using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Map.Resources;

namespace Tianzhong.Modules.Map.Features.BaseMap;

/// <summary>The base map under <c>/api/v1/map/base</c>.</summary>
public static class BaseMapApi
{
    public static void MapBaseMapApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/map/base").WithTags("Map");

        group.MapGet("/", async (BaseMaps maps, CancellationToken ct) => TypedResults.Ok(await maps.GetAsync(ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetBaseMap").WithSummary("The active base map as GeoJSON with its kind: Official when the security administrator uploaded one, otherwise the Schematic built from the units' seats (not an official boundary)");

        group.MapGet("/history", async (BaseMaps maps, CancellationToken ct) => TypedResults.Ok(await maps.HistoryAsync(ct)))
            .RequireAuthorization(Policies.ManageSecurity)
            .WithName("ListOfficialMaps").WithSummary("The uploaded official maps, newest first: file name, hash, size, who uploaded and when");

        // The form is read in the handler rather than bound as IFormFile (as the project import does): a bound file
        // makes routing answer 415 to other content types before authorization runs, and demands antiforgery tokens.
        group.MapPost("/", async Task<Created<OfficialMapInfo>> (HttpContext http, BaseMaps maps, IStringLocalizer<MapText> text, CancellationToken ct) =>
            {
                if (!http.Request.HasFormContentType)
                {
                    throw ValidationFailedException.For("file", text["BaseMap.NoFile"]);
                }

                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null);
                if (file is null || file.Length == 0)
                {
                    throw ValidationFailedException.For("file", text["BaseMap.NoFile"]);
                }

                await using var stream = file.OpenReadStream();
                var info = await maps.UploadAsync(file.FileName, stream, file.Length, ct);
                return TypedResults.Created("/api/v1/map/base", info);
            })
            .RequireAuthorization(Policies.ManageSecurity)
            .WithName("UploadOfficialMap").WithSummary("Upload an official boundary GeoJSON (multipart field 'file', at most 20 MB): a FeatureCollection of closed Polygon/MultiPolygon rings covering every county-level unit by name or GB/T 2260 code. Activated when valid; otherwise 400 with the problems and nothing changed");

        group.MapDelete("/", async (BaseMaps maps, CancellationToken ct) =>
            {
                await maps.ResetAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManageSecurity)
            .WithName("ResetBaseMap").WithSummary("Return to the schematic map: the uploaded official maps become inactive");
    }
}
