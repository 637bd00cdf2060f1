namespace Tianzhong.Modules.Map.Domain;

/// <summary>The facts of an investment carrier (投资载体: a park) as entered.</summary>
public sealed record CarrierDetails(
    string Name,
    string? UnitCode,
    decimal? AreaKm2,
    IReadOnlyList<string> Industries,
    decimal? AvailableLandMu,
    decimal? AvailableBuildingsM2,
    double? Longitude,
    double? Latitude,
    string? Contact,
    string? Note);

/// <summary>An investment carrier (投资载体导引图): a park with its leading industries and what it still has to offer.</summary>
public sealed class Carrier : IUnitRecord
{
    public const int MaxName = 100;
    public const int MaxIndustry = 40;
    public const int MaxIndustries = 12;
    public const int MaxContact = 200;
    public const int MaxNote = 1000;

    private Carrier()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The key of a park shipped as reference data; null for parks the units add.</summary>
    public string? ReferenceKey { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The unit the park belongs to; null when it is a city-level park the plan ties to no single unit.</summary>
    public string? UnitCode { get; private set; }

    /// <summary>Area in square kilometres (平方公里), when known.</summary>
    public decimal? AreaKm2 { get; private set; }

    /// <summary>Leading industries, one per line.</summary>
    public string IndustriesText { get; private set; } = string.Empty;

    /// <summary>Land still available, in 亩.</summary>
    public decimal? AvailableLandMu { get; private set; }

    /// <summary>Standard factory buildings (标准化厂房) still available, in square metres.</summary>
    public decimal? AvailableBuildingsM2 { get; private set; }

    public double? Longitude { get; private set; }

    public double? Latitude { get; private set; }

    public string? Contact { get; private set; }

    public string? Note { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> Industries => [.. IndustriesText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static Carrier Create(CarrierDetails details, string? referenceKey = null)
    {
        var carrier = new Carrier { Id = Guid.CreateVersion7(), ReferenceKey = referenceKey, Version = 1 };
        carrier.Apply(details);
        return carrier;
    }

    public void Revise(CarrierDetails details)
    {
        Apply(details);
        Version++;
    }

    public static IReadOnlyList<FieldProblem> Check(CarrierDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new List<FieldProblem>();
        FieldRules.Required(problems, "name", details.Name, MaxName);
        FieldRules.NotNegative(problems, "areaKm2", details.AreaKm2);
        FieldRules.NotNegative(problems, "availableLandMu", details.AvailableLandMu);
        FieldRules.NotNegative(problems, "availableBuildingsM2", details.AvailableBuildingsM2);
        if (details.Industries.Count > MaxIndustries)
        {
            problems.Add(new("industries", "TooMany", MaxIndustries));
        }
        else if (details.Industries.Any(i => i.Trim().Length > MaxIndustry))
        {
            problems.Add(new("industries", "TooLong", MaxIndustry));
        }

        FieldRules.Coordinates(problems, details.Longitude, details.Latitude);
        FieldRules.Optional(problems, "contact", details.Contact, MaxContact);
        FieldRules.Optional(problems, "note", details.Note, MaxNote);
        return problems;
    }

    private void Apply(CarrierDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name.Trim();
        UnitCode = details.UnitCode;
        AreaKm2 = details.AreaKm2;
        IndustriesText = string.Join('\n', details.Industries.Select(i => i.Trim()).Where(i => i.Length > 0));
        AvailableLandMu = details.AvailableLandMu;
        AvailableBuildingsM2 = details.AvailableBuildingsM2;
        Longitude = details.Longitude;
        Latitude = details.Latitude;
        Contact = FieldRules.Clean(details.Contact);
        Note = FieldRules.Clean(details.Note);
    }
}
