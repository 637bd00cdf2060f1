using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Batches;

/// <summary>A batch period as screens and the API show it.</summary>
// Index: 1-based number within the year.
// Label: Its name within the year (e.g. the first quarter).
public sealed record BatchPeriodView(int Index, string Label, DateOnly FirstDay, DateOnly LastDay);

/// <summary>The batch periods of a year under the cadence its ranking scheme sets (quarterly when the year has none).</summary>
public sealed class BatchCalendar(SupervisionDb db, IStringLocalizer<BatchesText> text)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public async Task<BatchCadence> CadenceOfAsync(int year, CancellationToken cancellationToken)
    {
        var cadence = await db.Schemes.AsNoTracking().Where(s => s.Year == year).Select(s => (BatchCadence?)s.Cadence).FirstOrDefaultAsync(cancellationToken);
        return BatchPeriods.CadenceOf(cadence);
    }

    /// <summary>The cadence of each year in the range, for labelling dates of several years at once.</summary>
    public async Task<IReadOnlyDictionary<int, BatchCadence>> CadencesAsync(int firstYear, int lastYear, CancellationToken cancellationToken)
    {
        var stored = await db.Schemes.AsNoTracking().Where(s => s.Year >= firstYear && s.Year <= lastYear)
            .Select(s => new { s.Year, s.Cadence }).ToDictionaryAsync(s => s.Year, s => s.Cadence, cancellationToken);
        return Enumerable.Range(firstYear, lastYear - firstYear + 1).ToDictionary(y => y, y => BatchPeriods.CadenceOf(stored.TryGetValue(y, out var c) ? c : null));
    }

    public async Task<IReadOnlyList<BatchPeriodView>> PeriodsAsync(int year, CancellationToken cancellationToken)
    {
        CheckYear(year);
        var cadence = await CadenceOfAsync(year, cancellationToken);
        return [.. BatchPeriods.Of(year, cadence).Select(View)];
    }

    public BatchPeriodView View(BatchPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new BatchPeriodView(period.Index, Label(period), period.FirstDay, period.LastDay);
    }

    public string Label(BatchPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return text["PeriodOfYear", period.Year, text[period.LabelKey]];
    }

    public void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw ValidationFailedException.For("year", text["Validation.Year", MinYear, MaxYear]);
        }
    }
}
