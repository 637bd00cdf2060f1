namespace Tianzhong.Modules.Registry.Domain;

public enum UnitKind
{
    City,
    District,
    County,
    FunctionalZone,
}

/// <summary>
/// The city, a county-level unit (with its GB/T 2260 code) or a functional zone (no GB/T 2260 code of its own),
/// with its place in plan A's spatial layout (一核、两带、一轴、多点) and its specialty in the seed's words.
/// </summary>
public sealed class AdministrativeUnit
{
    private AdministrativeUnit()
    {
    }

    public AdministrativeUnit(string code, string name, string nameEn, UnitKind kind, int order)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        Kind = kind;
        Order = order;
    }

    public string Code { get; private set; } = string.Empty;

    public string? GbCode { get; private set; }

    public string? StatisticalCode { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public UnitKind Kind { get; private set; }

    public int Order { get; private set; }

    public List<string> LayoutRoles { get; private set; } = [];

    /// <summary>The 多点 specialty the plan supports the unit to become (e.g. 中原鞋都).</summary>
    public string? Specialty { get; private set; }

    /// <summary>What the 一核 paragraph says the unit should focus on.</summary>
    public string? CoreFocus { get; private set; }

    public void Describe(string? gbCode, string? statisticalCode, string name, string nameEn, UnitKind kind, int order, IEnumerable<string> layoutRoles, string? specialty, string? coreFocus)
    {
        GbCode = gbCode;
        StatisticalCode = statisticalCode;
        Name = name;
        NameEn = nameEn;
        Kind = kind;
        Order = order;
        LayoutRoles = [.. layoutRoles];
        Specialty = specialty;
        CoreFocus = coreFocus;
    }
}

/// <summary>A role in the spatial layout of plan A part 2(4).</summary>
public sealed class LayoutRole(string code, string name, string description, int order)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;

    public string Description { get; private set; } = description;

    public int Order { get; private set; } = order;
}

/// <summary>A city department named by the documents as a lead (牵头) or responsible (责任) unit.</summary>
public sealed class Department(string code, string name, string nameEn, int order)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;

    public string NameEn { get; private set; } = nameEn;

    public int Order { get; private set; } = order;
}
