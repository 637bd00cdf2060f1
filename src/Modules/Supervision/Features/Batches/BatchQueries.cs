using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Investment.Contracts;
using Tianzhong.Modules.Registry.Contracts;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Batches;

/// <summary>The three batches (三个一批) of the period.</summary>
public enum BatchCategory
{
    // "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
    Signed,
#pragma warning restore CA1720
    Started,
    InProduction,
}

/// <summary>A project in one batch.</summary>
// OccurredOn: The approved stage date.
// ContractInvestmentWan: The project's contract investment in 万元 (unweighted).
// Share: The project's count share (1 unless a double claim was split).
public sealed record BatchProjectLine(Guid ProjectId, string Name, DateOnly OccurredOn, decimal ContractInvestmentWan, decimal Share);

/// <summary>One batch of one unit: projects counted by their share, contract investment weighted by the share (万元).</summary>
public sealed record BatchFigure(decimal Count, decimal AmountWan, IReadOnlyList<BatchProjectLine> Projects);

// "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
/// <summary>One unit's three batches.</summary>
public sealed record BatchUnitLine(string UnitCode, string UnitName, BatchFigure Signed, BatchFigure Started, BatchFigure InProduction);

/// <summary>A batch's count and amount without the projects (the city total).</summary>
public sealed record BatchTotal(decimal Count, decimal AmountWan);

public sealed record BatchCityTotals(BatchTotal Signed, BatchTotal Started, BatchTotal InProduction);
#pragma warning restore CA1720

/// <summary>The 三个一批 of one period: each unit in gazette order, and the city total.</summary>
// Periods: Every period of the year under its cadence (for selectors).
public sealed record BatchReport(int Year, int Period, BatchCadence Cadence, string Label, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<BatchPeriodView> Periods, IReadOnlyList<BatchUnitLine> Units, BatchCityTotals City);

/// <summary>
/// The projects signed, started and put into production in a period, from the approved stage dates the project library
/// serves through <see cref="IInvestmentFigures"/> (which applies the caller's data scope). A project counts by its
/// count share and its contract investment is weighted by the same share, so a split double claim is not counted twice.
/// </summary>
public sealed class BatchQueries(IInvestmentFigures figures, IUnitDirectory units, BatchCalendar calendar, IStringLocalizer<BatchesText> text)
{
    public async Task<BatchReport> GetAsync(int year, int period, CancellationToken cancellationToken)
    {
        calendar.CheckYear(year);
        var cadence = await calendar.CadenceOfAsync(year, cancellationToken);
        if (!BatchPeriods.IsValidIndex(cadence, period))
        {
            throw ValidationFailedException.For("period", text["Validation.Period", text[$"Cadence.{cadence}"], BatchPeriods.CountPerYear(cadence)]);
        }

        var range = BatchPeriods.Get(year, cadence, period);
        var records = (await figures.ListAsync(range.FirstDay, range.LastDay, null, cancellationToken)).Where(r => CategoryOf(r.Source) is not null).ToList();
        var unitList = await units.ListUnitsAsync(cancellationToken);
        var byUnit = records.ToLookup(r => r.UnitCode, StringComparer.Ordinal);
        var lines = unitList.Select(u => new BatchUnitLine(
            u.Code,
            u.Name,
            Figure(byUnit[u.Code], BatchCategory.Signed),
            Figure(byUnit[u.Code], BatchCategory.Started),
            Figure(byUnit[u.Code], BatchCategory.InProduction))).ToList();
        var city = new BatchCityTotals(Total(records, BatchCategory.Signed), Total(records, BatchCategory.Started), Total(records, BatchCategory.InProduction));
        return new BatchReport(year, period, cadence, calendar.Label(range), range.FirstDay, range.LastDay, [.. BatchPeriods.Of(year, cadence).Select(calendar.View)], lines, city);
    }

    /// <summary>
    /// Per unit, the projects signed, started and put into production across the year's periods (counted by share),
    /// for the annual assessment. The periods of either cadence cover the whole year, so this is the year's count.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, decimal>> YearCountsAsync(int year, CancellationToken cancellationToken = default)
    {
        calendar.CheckYear(year);
        var records = await figures.ListAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, cancellationToken);
        var counts = records.Where(r => CategoryOf(r.Source) is not null)
            .GroupBy(r => r.UnitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Share), StringComparer.Ordinal);
        var unitList = await units.ListUnitsAsync(cancellationToken);
        return unitList.ToDictionary(u => u.Code, u => counts.TryGetValue(u.Code, out var c) ? c : 0m, StringComparer.Ordinal);
    }

    internal static BatchCategory? CategoryOf(FigureSource source) => source switch
    {
        FigureSource.Signed => BatchCategory.Signed,
        FigureSource.Started => BatchCategory.Started,
        FigureSource.InProduction => BatchCategory.InProduction,
        _ => null,
    };

    internal static BatchFigure Figure(IEnumerable<FigureRecord> records, BatchCategory category)
    {
        var mine = records.Where(r => CategoryOf(r.Source) == category).OrderBy(r => r.OccurredOn).ThenBy(r => r.ProjectName, StringComparer.Ordinal).ToList();
        var total = Total(mine, category);
        return new BatchFigure(total.Count, total.AmountWan, [.. mine.Select(r => new BatchProjectLine(r.ProjectId, r.ProjectName, r.OccurredOn, r.AmountWan, r.Share))]);
    }

    internal static BatchTotal Total(IEnumerable<FigureRecord> records, BatchCategory category)
    {
        var mine = records.Where(r => CategoryOf(r.Source) == category).ToList();
        return new BatchTotal(mine.Sum(r => r.Share), decimal.Round(mine.Sum(r => r.AmountWan * r.Share), 2, MidpointRounding.AwayFromZero));
    }
}
