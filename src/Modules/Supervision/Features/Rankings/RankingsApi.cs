using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Rankings;

/// <summary>Monthly rankings under <c>/api/v1/supervision</c>.</summary>
public static class RankingsApi
{
    public static void MapRankingsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision");

        group.MapGet("/rankings/{year:int}/{month:int}", async (int year, int month, MonthRankings rankings, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await rankings.GetAsync(ReportsApi.Period(year, month, text), ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("GetMonthRanking").WithSummary("The units' year-to-date ranking for the month: scores, ranks with ties, change from last month, green/yellow/red against time progress and the arithmetic per indicator; frozen once the month is closed, provisional before");

        group.MapGet("/rankings/{year:int}/{month:int}/units/{code}", async (int year, int month, string code, MonthRankings rankings, IStringLocalizer<SupervisionText> text, CancellationToken ct) =>
                TypedResults.Ok(await rankings.ExplainAsync(ReportsApi.Period(year, month, text), code, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("ExplainUnitScore").WithSummary("One unit's score explained: the weights, the arithmetic and every record counted per indicator (a county only for its own unit)");
    }
}
