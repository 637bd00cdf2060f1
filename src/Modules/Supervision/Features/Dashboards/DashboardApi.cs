using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Dashboards;

/// <summary>The dashboards' figures under <c>/api/v1/supervision/dashboard</c>.</summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/supervision/dashboard").WithTags("Supervision");

        group.MapGet("/{year:int}/{month:int}", async (int year, int month, DashboardQueries queries, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await queries.CityAsync(ReportsApi.Period(year, month, text), ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetCityDashboard").WithSummary("The city dashboard of the month: year-to-date completion of funds from outside the province and the city and of projects of 1 billion yuan or more per unit against targets and time progress, the ranking, the month-by-month trend, the stage funnel and the nine clusters (trend, funnel and clusters only for users who see every unit)");

        group.MapGet("/{year:int}/{month:int}/units/{code}", async (int year, int month, string code, DashboardQueries queries, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await queries.UnitAsync(ReportsApi.Period(year, month, text), code, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetUnitDashboard").WithSummary("One unit's dashboard of the month: each indicator year to date against its target and the average of units, and its rank and score over the closed months (a county only for its own unit)");
    }
}
