using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Batches;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Features.Schemes;

namespace Tianzhong.Modules.Supervision.Features.Assessments;

/// <summary>The year-end assessment as shown, with unit names.</summary>
/// <param name="Assessment">Scores, components and ranks; provisional until December is closed.</param>
/// <param name="UnitNames">Unit names by code.</param>
public sealed record AssessmentView(AnnualAssessment Assessment, IReadOnlyDictionary<string, string> UnitNames);

/// <summary>
/// The year-end assessment (年终考评) from the closed months' frozen rankings and the year's 三个一批, combined by the
/// year's assessment rule. Like the rankings, it counts every unit, so it is computed in a system scope.
/// </summary>
public sealed class AnnualAssessments(ISystemScopeFactory systemScopes, IUnitDirectory units)
{
    public async Task<AssessmentView> GetAsync(int year, CancellationToken cancellationToken)
    {
        var unitList = await units.ListUnitsAsync(cancellationToken);
        await using var scope = systemScopes.CreateSystemScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SupervisionDb>();
        var frozen = await db.ClosedMonths.AsNoTracking().Where(c => c.Year == year).OrderBy(c => c.Month).Select(c => c.RankingJson).ToListAsync(cancellationToken);
        var rules = (await services.GetRequiredService<SchemeQueries>().GetAsync(year, cancellationToken)).Assessment;
        var batchCounts = await services.GetRequiredService<BatchQueries>().YearCountsAsync(year, cancellationToken);
        var assessment = AssessmentCalculator.Assess(year, rules, [.. frozen.Select(RankingComputation.Deserialise)], batchCounts, [.. unitList.Select(u => u.Code)]);
        return new AssessmentView(assessment, unitList.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal));
    }
}

/// <summary>The assessment under <c>/api/v1/supervision</c>.</summary>
public static class AssessmentsApi
{
    public static void MapAssessmentsApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/supervision").WithTags("Supervision")
            .MapGet("/assessments/{year:int}", async (int year, AnnualAssessments assessments, CancellationToken ct) => TypedResults.Ok(await assessments.GetAsync(year, ct)))
            .RequireAuthorization(Policies.BusinessRead)
            .WithName("AnnualAssessment").WithSummary("The year-end assessment: the full-year ranking score, the average of the closed months and the three-batches (san ge yi pi) score combined by the year's rule, ranked with ties; provisional until December is closed");
}
