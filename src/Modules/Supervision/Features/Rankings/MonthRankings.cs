using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Security;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Reports;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Rankings;

/// <summary>A month's ranking as shown: frozen when the month is closed, provisional (computed now) while it is open.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month.</param>
/// <param name="IsProvisional">True while the month is open.</param>
/// <param name="ClosedUtc">When the month was closed.</param>
/// <param name="UnitNames">Unit names by code.</param>
/// <param name="Ranking">Scores, ranks, status and the arithmetic per indicator, in rank order.</param>
public sealed record RankingView(int Year, int Month, bool IsProvisional, DateTime? ClosedUtc, IReadOnlyDictionary<string, string> UnitNames, MonthRanking Ranking);

/// <summary>One unit's score with the records behind every indicator.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="IsProvisional">True while the month is open.</param>
/// <param name="Rules">The rules the score was computed with.</param>
/// <param name="Score">The unit's ranking: points per indicator and how they were reached.</param>
/// <param name="Records">The records counted, per indicator, with their leading-industry and major-industrial flags.</param>
public sealed record RankingExplanation(string UnitCode, string UnitName, bool IsProvisional, RankingRules Rules, UnitRanking Score, IReadOnlyDictionary<RankingIndicator, IReadOnlyList<RankingItem>> Records);

/// <summary>
/// Serves rankings to every business role. Scores and ranks of all units are shared (they are what the bulletin
/// publishes); the records behind a score are shown only to those who see the unit.
/// </summary>
public sealed class MonthRankings(SupervisionDb db, RankingLines lines, ISystemScopeFactory systemScopes, ICurrentUser currentUser, IUnitDirectory units, IStringLocalizer<SupervisionText> text)
{
    public async Task<RankingView> GetAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var closed = await db.ClosedMonths.AsNoTracking().SingleOrDefaultAsync(c => c.Year == period.Year && c.Month == period.Month, cancellationToken);
        var names = (await units.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        if (closed is not null)
        {
            return new RankingView(period.Year, period.Month, false, closed.ClosedUtc, names, RankingComputation.Deserialise(closed.RankingJson));
        }

        // Open months rank every unit, which a county's own scope cannot read; only the scores leave this scope.
        await using var scope = systemScopes.CreateSystemScope();
        var ranking = await scope.ServiceProvider.GetRequiredService<RankingComputation>().ComputeAsync(period, provisional: true, cancellationToken);
        return new RankingView(period.Year, period.Month, true, null, names, RankingComputation.WithoutItems(ranking));
    }

    public async Task<RankingExplanation> ExplainAsync(ReportingPeriod period, string unitCode, CancellationToken cancellationToken)
    {
        var unit = await units.FindUnitAsync(unitCode, cancellationToken) ?? throw new NotFoundException(text["UnknownUnit", unitCode]);
        if (!currentUser.SeesUnit(unit.Code))
        {
            throw new ForbiddenException(text["OtherUnitRecords"]);
        }

        var view = await GetAsync(period, cancellationToken);
        var score = view.Ranking.Units.Single(u => u.UnitCode == unit.Code);
        var unitLines = await lines.OfUnitAsync(unit.Code, period, cancellationToken);
        if (view.IsProvisional)
        {
            unitLines.AddRange((await lines.UnsubmittedAsync(period, [unit.Code], cancellationToken)).GetValueOrDefault(unit.Code) ?? []);
        }

        var records = RankingItems.From(unit.Code, unitLines, view.Ranking.Rules)
            .GroupBy(i => i.Indicator)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RankingItem>)[.. g.OrderBy(i => i.IsAdjustment).ThenBy(i => i.OccurredOn)]);
        return new RankingExplanation(unit.Code, unit.Name, view.IsProvisional, view.Ranking.Rules, score, records);
    }
}
