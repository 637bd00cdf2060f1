namespace Tianzhong.Modules.Map.Domain;

/// <summary>What a parcel is zoned for.</summary>
public enum ParcelUse
{
    Industrial,
    Commercial,
    Logistics,
    Residential,
    Mixed,
    Other,
}

/// <summary>Whether a parcel can still be offered: 可供, 已预留, 已出让.</summary>
public enum ParcelStatus
{
    Available,
    Reserved,
    Sold,
}

/// <summary>The facts of a land parcel as entered.</summary>
public sealed record ParcelDetails(
    string Code,
    string Name,
    string UnitCode,
    string? Location,
    double? Longitude,
    double? Latitude,
    decimal AreaMu,
    ParcelUse Use,
    ParcelStatus Status,
    decimal? PriceWanPerMu,
    string? Note);

/// <summary>
/// A land parcel offered to investors (投资用地明白图). Parcels are promotional information: every business role
/// reads all of them; only the owning county (or the city) writes them.
/// </summary>
public sealed class Parcel : IUnitRecord
{
    public const int MaxCode = 40;
    public const int MaxName = 100;
    public const int MaxLocation = 200;
    public const int MaxNote = 1000;

    private Parcel()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string UnitCode { get; private set; } = string.Empty;

    public string? Location { get; private set; }

    public double? Longitude { get; private set; }

    public double? Latitude { get; private set; }

    /// <summary>Area in 亩; always more than zero.</summary>
    public decimal AreaMu { get; private set; }

    public ParcelUse Use { get; private set; }

    public ParcelStatus Status { get; private set; }

    /// <summary>Asking price in 万元 per 亩, when published.</summary>
    public decimal? PriceWanPerMu { get; private set; }

    public string? Note { get; private set; }

    public int Version { get; private set; }

    public static Parcel Create(ParcelDetails details)
    {
        var parcel = new Parcel { Id = Guid.CreateVersion7(), Version = 1 };
        parcel.Apply(details);
        return parcel;
    }

    public void Revise(ParcelDetails details)
    {
        Apply(details);
        Version++;
    }

    /// <summary>The parcel rules: code and name required, area more than zero (亩), price not negative, coordinates in range.</summary>
    public static IReadOnlyList<FieldProblem> Check(ParcelDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new List<FieldProblem>();
        FieldRules.Required(problems, "code", details.Code, MaxCode);
        FieldRules.Required(problems, "name", details.Name, MaxName);
        FieldRules.Optional(problems, "location", details.Location, MaxLocation);
        if (details.AreaMu <= 0)
        {
            problems.Add(new("areaMu", "AreaNotPositive"));
        }

        FieldRules.NotNegative(problems, "priceWanPerMu", details.PriceWanPerMu);
        if (!Enum.IsDefined(details.Use))
        {
            problems.Add(new("use", "Required"));
        }

        if (!Enum.IsDefined(details.Status))
        {
            problems.Add(new("status", "Required"));
        }

        FieldRules.Coordinates(problems, details.Longitude, details.Latitude);
        FieldRules.Optional(problems, "note", details.Note, MaxNote);
        return problems;
    }

    private void Apply(ParcelDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Code = details.Code.Trim();
        Name = details.Name.Trim();
        UnitCode = details.UnitCode;
        Location = FieldRules.Clean(details.Location);
        Longitude = details.Longitude;
        Latitude = details.Latitude;
        AreaMu = details.AreaMu;
        Use = details.Use;
        Status = details.Status;
        PriceWanPerMu = details.PriceWanPerMu;
        Note = FieldRules.Clean(details.Note);
    }
}
