using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Supervision.Data;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Domain.Ranking;
using Tianzhong.Modules.Supervision.Resources;

namespace Tianzhong.Modules.Supervision.Features.Schemes;

/// <summary>A year's supervision settings as in force: the city's saved scheme, or plan A's defaults.</summary>
/// <param name="Year">The year.</param>
/// <param name="IsDefault">True when the city has not saved a scheme for the year.</param>
/// <param name="Rules">Ranking rules.</param>
/// <param name="Assessment">Year-end assessment rule.</param>
/// <param name="Cadence">三个一批 cadence.</param>
/// <param name="Version">Version to send back when saving (0 for defaults).</param>
/// <param name="UpdatedBy">Who saved it.</param>
/// <param name="UpdatedUtc">When.</param>
public sealed record SchemeView(int Year, bool IsDefault, RankingRules Rules, AssessmentRules Assessment, BatchCadence Cadence, int Version, string? UpdatedBy, DateTime? UpdatedUtc);

/// <summary>Reads the scheme in force for a year.</summary>
public sealed class SchemeQueries(SupervisionDb db)
{
    public async Task<SchemeView> GetAsync(int year, CancellationToken cancellationToken)
    {
        var scheme = await db.Schemes.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        return scheme is null
            ? Defaults(year)
            : new SchemeView(year, false, scheme.Rules, scheme.Assessment, scheme.Cadence, scheme.Version, scheme.UpdatedBy, scheme.UpdatedUtc);
    }

    /// <summary>Schemes and targets are kept for the plan's years onwards (from 2021).</summary>
    internal static void CheckYear(int year, IStringLocalizer<SupervisionText> text)
    {
        if (year is < 2021 or > 2100)
        {
            throw ValidationFailedException.For("year", text["YearOutOfRange"]);
        }
    }

    public static SchemeView Defaults(int year) =>
        new(year, true, RankingDefaults.Rules(LeadingIndustries.Load()), RankingDefaults.Assessment, RankingDefaults.Cadence, 0, null, null);
}
