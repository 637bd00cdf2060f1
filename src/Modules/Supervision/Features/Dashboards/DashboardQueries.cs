using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Features.Rankings;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Dashboards;

/// <summary>One indicator of one unit, year to date, as the month's ranking counted it.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Value">Its year-to-date value (万元 or a count); null when the year's scheme does not weigh it.</param>
/// <param name="Target">The unit's annual target, if set.</param>
/// <param name="Completion">Value / target.</param>
/// <param name="Status">Completion against the time-progress line.</param>
public sealed record DashboardIndicator(RankingIndicator Indicator, decimal? Value, decimal? Target, decimal? Completion, ProgressStatus Status);

/// <summary>One unit on the city dashboard: its place in the month's ranking and its headline indicators.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="Score">Its score (out of 100).</param>
/// <param name="Change">Places gained since last month.</param>
/// <param name="Status">Its overall colour.</param>
/// <param name="Completion">Its weight-averaged completion.</param>
/// <param name="Indicators">The headline indicators (省外资金, 市外资金, 10亿元以上 projects).</param>
public sealed record UnitCompletion(string UnitCode, string UnitName, int Rank, decimal Score, int? Change, ProgressStatus Status, decimal? Completion, IReadOnlyList<DashboardIndicator> Indicators);

/// <summary>A headline indicator for the whole city, year to date.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Value">Σ units' values; null when the scheme does not weigh it.</param>
/// <param name="Target">Σ units' targets, or plan A's city target when no unit has one.</param>
/// <param name="TargetFromPlan">True when the target is plan A's city target.</param>
/// <param name="Completion">Value / target.</param>
/// <param name="Status">Completion against the time-progress line, with the year's yellow margin.</param>
public sealed record CityIndicatorTotal(RankingIndicator Indicator, decimal? Value, decimal? Target, bool TargetFromPlan, decimal? Completion, ProgressStatus Status);

/// <summary>The city's figures of one month of the year.</summary>
/// <param name="Month">The month.</param>
/// <param name="ReportedUnits">Units whose report of the month stands (submitted or approved).</param>
/// <param name="LiveUnits">Units not yet reported whose figures are read from the records now (未报送).</param>
/// <param name="FundsOutsideProvinceWan">省外资金 in place, 万元.</param>
/// <param name="FundsOutsideCityWan">市外资金 in place, 万元.</param>
/// <param name="SignedProjects">Projects signed (count shares).</param>
/// <param name="Started">Projects started.</param>
/// <param name="InProduction">Projects put into production.</param>
public sealed record TrendMonth(int Month, int ReportedUnits, int LiveUnits, decimal FundsOutsideProvinceWan, decimal FundsOutsideCityWan, decimal SignedProjects, decimal Started, decimal InProduction);

/// <summary>One of plan A's nine clusters: its signed-or-later projects.</summary>
/// <param name="ClusterCode">The cluster.</param>
/// <param name="ClusterName">Its name.</param>
/// <param name="Projects">Projects signed, started or in production (count shares).</param>
/// <param name="ContractInvestmentWan">Their contract investment, 万元.</param>
public sealed record ClusterFigure(string ClusterCode, string ClusterName, decimal Projects, decimal ContractInvestmentWan);

/// <summary>The city dashboard of a month.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month.</param>
/// <param name="TimeProgress">Month / 12.</param>
/// <param name="IsProvisional">True while the month is open (the ranking is computed now).</param>
/// <param name="ClosedUtc">When the month was closed.</param>
/// <param name="IsCityWide">False for users who do not see every unit: they get the public ranking only (no trend, funnel or clusters).</param>
/// <param name="OwnUnitCode">A county officer's unit, whose own dashboard the page opens instead.</param>
/// <param name="Totals">The headline indicators for the city.</param>
/// <param name="Units">Every unit in rank order.</param>
/// <param name="Trend">Months 1..M of the year.</param>
/// <param name="Stages">The library's projects per stage now (the funnel).</param>
/// <param name="Clusters">The nine clusters in plan order.</param>
public sealed record CityDashboard(
    int Year,
    int Month,
    decimal TimeProgress,
    bool IsProvisional,
    DateTime? ClosedUtc,
    bool IsCityWide,
    string? OwnUnitCode,
    IReadOnlyList<CityIndicatorTotal> Totals,
    IReadOnlyList<UnitCompletion> Units,
    IReadOnlyList<TrendMonth> Trend,
    IReadOnlyList<StageFigure> Stages,
    IReadOnlyList<ClusterFigure> Clusters);

/// <summary>One indicator of a unit against its target and the average of all units.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Weight">Its weight in the scheme.</param>
/// <param name="Value">The unit's year-to-date value.</param>
/// <param name="Target">The unit's annual target, if set.</param>
/// <param name="Completion">Value / target.</param>
/// <param name="Status">Completion against time progress.</param>
/// <param name="UnitAverage">The average of all units' values.</param>
/// <param name="Points">The points it earned.</param>
public sealed record UnitIndicator(RankingIndicator Indicator, decimal Weight, decimal Value, decimal? Target, decimal? Completion, ProgressStatus Status, decimal UnitAverage, decimal Points);

/// <summary>A unit's place in one month.</summary>
/// <param name="Month">The month.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="Score">Its score.</param>
/// <param name="Status">Its colour.</param>
/// <param name="IsProvisional">True for the selected month while it is open.</param>
public sealed record RankPoint(int Month, int Rank, decimal Score, ProgressStatus Status, bool IsProvisional);

/// <summary>One unit's dashboard of a month.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Year">The year.</param>
/// <param name="Month">The month.</param>
/// <param name="TimeProgress">Month / 12.</param>
/// <param name="IsProvisional">True while the month is open.</param>
/// <param name="UnitCount">How many units are ranked.</param>
/// <param name="Rank">The unit's rank.</param>
/// <param name="Score">Its score.</param>
/// <param name="Change">Places gained since last month.</param>
/// <param name="Status">Its colour.</param>
/// <param name="Completion">Its weight-averaged completion.</param>
/// <param name="AverageScore">The average score of all units.</param>
/// <param name="Indicators">Every indicator the scheme weighs.</param>
/// <param name="RankTrend">Its rank and score over the closed months 1..M (and the selected month while open).</param>
public sealed record UnitDashboard(
    string UnitCode,
    string UnitName,
    int Year,
    int Month,
    decimal TimeProgress,
    bool IsProvisional,
    int UnitCount,
    int Rank,
    decimal Score,
    int? Change,
    ProgressStatus Status,
    decimal? Completion,
    decimal AverageScore,
    IReadOnlyList<UnitIndicator> Indicators,
    IReadOnlyList<RankPoint> RankTrend);

/// <summary>
/// The dashboards (issue 4 point 8). Scores, ranks and completion come from the month's ranking, which is public
/// within the platform; the trend, the stage funnel and the clusters are read within the caller's scope and shown only
/// to those who see every unit. A county may open its own unit's dashboard only; users without a unit (departments)
/// see any unit's, as they see its scores on the ranking.
/// </summary>
public sealed class DashboardQueries(
    SupervisionDb db,
    MonthRankings rankings,
    RankingLines lines,
    ICurrentUser currentUser,
    IUnitDirectory units,
    IIndustryDirectory industries,
    IInvestmentOverview overview,
    IInvestmentBreakdown breakdown,
    IStringLocalizer<DashboardText> text)
{
    /// <summary>The indicators the city dashboard leads with: plan A's money targets and its 10亿元 project count.</summary>
    public static readonly IReadOnlyList<RankingIndicator> Headline = [RankingIndicator.FundsOutsideProvince, RankingIndicator.FundsOutsideCity, RankingIndicator.SignedOverBillion];

    public async Task<CityDashboard> CityAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var view = await rankings.GetAsync(period, cancellationToken);
        var ranking = view.Ranking;
        var unitRows = ranking.Units.Select(u => new UnitCompletion(
            u.UnitCode,
            view.UnitNames.GetValueOrDefault(u.UnitCode) ?? u.UnitCode,
            u.Rank,
            u.Score,
            u.Change,
            u.Status,
            u.Completion,
            [.. Headline.Select(i => Of(u, i))])).ToList();
        var totals = Headline.Select(i => CityTotal(i, unitRows, period, ranking.Rules.YellowMarginPoints)).ToList();

        if (!currentUser.SeesAllUnits())
        {
            return new CityDashboard(period.Year, period.Month, ranking.TimeProgress, view.IsProvisional, view.ClosedUtc, false, currentUser.UnitCode, totals, unitRows, [], [], []);
        }

        var trend = await TrendAsync(period, [.. view.UnitNames.Keys], cancellationToken);
        var stages = (await overview.GetAsync(0, cancellationToken)).Stages;
        var byDirection = (await breakdown.ByDirectionAsync(cancellationToken)).ToDictionary(d => d.DirectionCode, StringComparer.Ordinal);
        var clusters = (await industries.ListClustersAsync(cancellationToken))
            .Select(c => byDirection.GetValueOrDefault(c.DirectionCode) is { } d
                ? new ClusterFigure(c.Code, c.Name, d.Projects, d.ContractInvestmentWan)
                : new ClusterFigure(c.Code, c.Name, 0m, 0m))
            .ToList();
        return new CityDashboard(period.Year, period.Month, ranking.TimeProgress, view.IsProvisional, view.ClosedUtc, true, null, totals, unitRows, trend, stages, clusters);
    }

    public async Task<UnitDashboard> UnitAsync(ReportingPeriod period, string unitCode, CancellationToken cancellationToken)
    {
        var unit = await units.FindUnitAsync(unitCode?.Trim() ?? string.Empty, cancellationToken)
            ?? throw new NotFoundException(text["UnknownUnit", unitCode ?? string.Empty]);
        // Everything shown here comes from the rankings every business role may read; a county still keeps to its own unit.
        if (currentUser.UnitCode is not null && !currentUser.SeesUnit(unit.Code))
        {
            throw new ForbiddenException(text["OtherUnit"]);
        }

        var view = await rankings.GetAsync(period, cancellationToken);
        var ranking = view.Ranking;
        var own = ranking.Units.Single(u => u.UnitCode == unit.Code);
        var indicators = own.Indicators.Select(s => new UnitIndicator(
            s.Indicator,
            s.Weight,
            s.RawValue,
            s.Target,
            s.Completion,
            s.Status,
            decimal.Round(ranking.Units.Average(u => u.Indicators.FirstOrDefault(x => x.Indicator == s.Indicator)?.RawValue ?? 0m), 4),
            s.Points)).ToList();

        // The rank trend: every closed month of the year up to the selected one, as frozen at its close.
        var closed = await db.ClosedMonths.AsNoTracking()
            .Where(c => c.Year == period.Year && c.Month <= period.Month)
            .OrderBy(c => c.Month)
            .Select(c => new { c.Month, c.RankingJson })
            .ToListAsync(cancellationToken);
        var trend = closed
            .Select(c => RankingComputation.Deserialise(c.RankingJson).Units.SingleOrDefault(u => u.UnitCode == unit.Code) is { } u
                ? new RankPoint(c.Month, u.Rank, u.Score, u.Status, false)
                : null)
            .OfType<RankPoint>()
            .ToList();
        if (view.IsProvisional)
        {
            trend.Add(new RankPoint(period.Month, own.Rank, own.Score, own.Status, true));
        }

        return new UnitDashboard(
            unit.Code, unit.Name, period.Year, period.Month, ranking.TimeProgress, view.IsProvisional, ranking.Units.Count,
            own.Rank, own.Score, own.Change, own.Status, own.Completion,
            ranking.Units.Count == 0 ? 0m : decimal.Round(ranking.Units.Average(u => u.Score), 2),
            indicators, trend);
    }

    private static DashboardIndicator Of(UnitRanking unit, RankingIndicator indicator) =>
        unit.Indicators.FirstOrDefault(s => s.Indicator == indicator) is { } s
            ? new DashboardIndicator(indicator, s.RawValue, s.Target, s.Completion, s.Status)
            : new DashboardIndicator(indicator, null, null, null, ProgressStatus.None);

    /// <summary>
    /// A headline indicator for the city: the sum of the units' values against the sum of their targets, or against plan
    /// A's city target when no unit has one (targets not yet set); coloured like a unit's against time progress.
    /// </summary>
    internal static CityIndicatorTotal CityTotal(RankingIndicator indicator, IReadOnlyList<UnitCompletion> unitRows, ReportingPeriod period, decimal yellowMarginPoints)
    {
        ArgumentNullException.ThrowIfNull(unitRows);
        var values = unitRows.Select(u => u.Indicators.Single(i => i.Indicator == indicator)).ToList();
        decimal? value = values.Any(v => v.Value is not null) ? values.Sum(v => v.Value ?? 0m) : null;
        var unitTargets = values.Sum(v => v.Target ?? 0m);
        var fromPlan = unitTargets <= 0m;
        var target = fromPlan ? PlanTargets.CityTarget(indicator, period.Year) : unitTargets;
        decimal? completion = value is { } v && target is > 0m ? decimal.Round(v / target.Value, 4) : null;
        return new CityIndicatorTotal(indicator, value, target, fromPlan && target is not null, completion, ProgressLine.Status(completion, period.TimeProgress, yellowMarginPoints));
    }

    /// <summary>
    /// The city per month 1..M: the standing reports' lines grouped in the database by month and kind, plus, for the
    /// units that have not reported a month yet, that month's figures read from the records now (shown as 未报送).
    /// </summary>
    private async Task<IReadOnlyList<TrendMonth>> TrendAsync(ReportingPeriod period, IReadOnlyList<string> unitCodes, CancellationToken cancellationToken)
    {
        var standing = db.Reports.Where(r => r.Year == period.Year && r.Month <= period.Month && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved));
        var reported = await (from l in db.ReportLines
                              join r in standing on l.ReportId equals r.Id
                              group l by new { r.Month, l.Kind } into g
                              select new { g.Key.Month, g.Key.Kind, Amount = g.Sum(x => x.AmountWan), Share = g.Sum(x => x.Share) })
            .ToListAsync(cancellationToken);
        var reportsPerMonth = await standing.GroupBy(r => r.Month).Select(g => new { Month = g.Key, Units = g.Count() }).ToListAsync(cancellationToken);
        var live = await lines.UnsubmittedAsync(period, unitCodes, cancellationToken);
        var liveLines = live.SelectMany(p => p.Value.Select(l => (Unit: p.Key, Line: l))).Where(x => x.Line.OccurredOn.Year == period.Year).ToList();

        return [.. Enumerable.Range(1, period.Month).Select(month =>
        {
            var rows = reported.Where(r => r.Month == month).Select(r => (r.Kind, r.Amount, r.Share))
                .Concat(liveLines.Where(x => x.Line.OccurredOn.Month == month).Select(x => (x.Line.Kind, Amount: x.Line.AmountWan, x.Line.Share)))
                .ToList();
            var reportedUnits = reportsPerMonth.SingleOrDefault(r => r.Month == month)?.Units ?? 0;
            return new TrendMonth(
                month,
                reportedUnits,
                Math.Max(0, unitCodes.Count - reportedUnits),
                rows.Where(r => r.Kind == FigureKind.FundsOutsideProvince).Sum(r => r.Amount),
                rows.Where(r => r.Kind == FigureKind.FundsOutsideCity).Sum(r => r.Amount),
                rows.Where(r => r.Kind == FigureKind.Signed).Sum(r => r.Share),
                rows.Where(r => r.Kind == FigureKind.Started).Sum(r => r.Share),
                rows.Where(r => r.Kind == FigureKind.InProduction).Sum(r => r.Share));
        })];
    }
}
