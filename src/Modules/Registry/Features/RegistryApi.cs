using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Excel;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Registry.Features.Industries;
using Tianzhong.Modules.Registry.Features.Organisations;
using Tianzhong.Modules.Registry.Features.TargetEnterprises;
using Tianzhong.Modules.Registry.Features.Units;
using Tianzhong.Modules.Registry.Resources;

namespace Tianzhong.Modules.Registry.Features;

/// <summary>The Registry's endpoints under <c>/api/v1/registry</c>.</summary>
public static class RegistryApi
{
    public static void MapRegistryEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/registry").WithTags("Registry");

        group.MapGet("/units", async (UnitQueries units, CancellationToken ct) => TypedResults.Ok(await units.GetAsync(ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("ListUnits").WithSummary("The city, its 10 county-level units and 3 functional zones, with layout roles and specialties");

        group.MapGet("/units/{code}", async Task<Results<Ok<UnitDto>, NotFound>> (string code, UnitQueries units, IStringLocalizer<RegistryText> text, CancellationToken ct) =>
                await units.FindAsync(code, ct) is { } unit ? TypedResults.Ok(unit) : throw new NotFoundException(text["Unit.NotFound", code]))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("GetUnit").WithSummary("One unit by its code");

        group.MapGet("/departments", async (UnitQueries units, CancellationToken ct) => TypedResults.Ok(await units.ListDepartmentsAsync(ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("ListDepartments").WithSummary("City departments named as lead or responsible units");

        group.MapGet("/industries", async (IndustryQueries industries, CancellationToken ct) => TypedResults.Ok(await industries.GetAsync(ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithName("ListIndustries").WithSummary("Industry categories and directions of plan A part 3, the nine clusters and GB/T 4754-2017");

        group.MapGet("/target-enterprises", async ([AsParameters] TargetEnterpriseQuery query, TargetEnterpriseSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(query, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("SearchTargetEnterprises").WithSummary("Target enterprises of plan A boxes 1-14: search by name, filter by box, direction and region, sort and page");

        group.MapGet("/target-enterprises/export", async Task<FileContentHttpResult> ([AsParameters] TargetEnterpriseQuery query, TargetEnterpriseSearch search, CancellationToken ct) =>
                TypedResults.File(await search.ExportAsync(query, ct), ExcelWorkbookWriter.ContentType, "target-enterprises.xlsx"))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ExportTargetEnterprises").WithSummary("Export the filtered target enterprises to Excel (.xlsx)");

        group.MapPut("/organisations/{id:guid}/credit-code", async Task<Ok<VersionResponse>> (Guid id, SetCreditCodeRequest request, SetCreditCode handler, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await handler.HandleAsync(id, request, ct))))
            .RequireAuthorization(Policies.CityWrite)
            .WithName("SetCreditCode").WithSummary("Record an organisation's unified social credit code (GB 32100 check; legacy pilot codes by explicit override)");
    }
}

public sealed record VersionResponse(int Version);
