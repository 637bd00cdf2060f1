using Tianzhong.Modules.Supervision.Domain;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>The 版头 and 落款 of a bulletin: who issues it, its title, its number (期号, e.g. "2026年第10期") and its 成文日期.</summary>
public sealed record BulletinHeader(string IssuingBody, string Title, string Number, DateOnly IssuedOn);

/// <summary>
/// One unit's line of the monthly ranking, in rank order. Money in 万元; completions are fractions of the annual target
/// (0.85 = 85%), null when the unit has no target; counts are decimal because weighted projects may count more than one.
/// </summary>
public sealed record RankingBulletinRow(
    int Rank,
    string UnitName,
    decimal Score,
    int? Change,
    decimal OutsideProvinceWan,
    decimal? OutsideProvinceCompletion,
    decimal OutsideCityWan,
    decimal? OutsideCityCompletion,
    decimal SignedOverHundredMillion,
    decimal SignedOverBillion,
    decimal Started,
    decimal InProduction,
    decimal Trips,
    ProgressStatus Status);

/// <summary>The monthly ranking bulletin: <paramref name="TimeProgress"/> is a fraction (10/12 = 0.8333 after October); a row's Change is positive when the unit rose.</summary>
public sealed record MonthlyRankingBulletin(BulletinHeader Header, int Year, int Month, decimal TimeProgress, IReadOnlyList<RankingBulletinRow> Rows, IReadOnlyList<string> AdjustmentNotes);

/// <summary>One outbound investment trip of a unit's principal leader.</summary>
public sealed record TripLine(string UnitName, string LeaderName, string LeaderPost, DateOnly DepartedOn, DateOnly ReturnedOn, string Destination, IReadOnlyList<string> OrganisationsVisited, string Outcome);

/// <summary>The weekly trips bulletin (周动态): the week's trips, grouped by unit in the order given, and the units that made none.</summary>
public sealed record TripsBulletin(BulletinHeader Header, DateOnly WeekStart, DateOnly WeekEnd, IReadOnlyList<TripLine> Trips, IReadOnlyList<string> UnitsWithoutTrips);

/// <summary>One unit's 三个一批 counts and amounts (万元) in the period.</summary>
// "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
public sealed record BatchUnitRow(string UnitName, int Signed, decimal SignedWan, int Started, decimal StartedWan, int InProduction, decimal InProductionWan);
#pragma warning restore CA1720

/// <summary>One project of the period under its category: "Signed", "Started" or "InProduction" (see <see cref="BatchCategories"/>).</summary>
public sealed record BatchProjectLine(string UnitName, string ProjectName, string Category, DateOnly On, decimal ContractInvestmentWan);

/// <summary>One centralised signing event of the period.</summary>
public sealed record SigningEventLine(string Title, DateOnly HeldOn, string Place, int ProjectCount, decimal TotalWan);

/// <summary>The quarterly (or bi-monthly) 三个一批 bulletin; <paramref name="PeriodLabel"/> is the period as text (e.g. "2026年第三季度").</summary>
public sealed record BatchesBulletin(BulletinHeader Header, string PeriodLabel, IReadOnlyList<BatchUnitRow> Units, IReadOnlyList<BatchProjectLine> Projects, IReadOnlyList<SigningEventLine> Signings);

/// <summary>The category names a <see cref="BatchProjectLine"/> carries.</summary>
public static class BatchCategories
{
#pragma warning disable CA1720
    public const string Signed = nameof(Signed);
#pragma warning restore CA1720
    public const string Started = nameof(Started);
    public const string InProduction = nameof(InProduction);

    public static readonly IReadOnlyList<string> All = [Signed, Started, InProduction];
}
