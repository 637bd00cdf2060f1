namespace Tianzhong.Modules.Registry.Domain;

/// <summary>A group of industry directions in plan A part 3 (traditional, emerging, other emerging, future, ...).</summary>
public sealed class IndustryCategory(string code, string name, int order)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;

    public int Order { get; private set; } = order;
}

/// <summary>An industry direction of plan A part 3 with the regions to approach and the host units the seed names.</summary>
public sealed class IndustryDirection
{
    private IndustryDirection()
    {
    }

    public IndustryDirection(string code) => Code = code;

    public string Code { get; private set; } = string.Empty;

    public string CategoryCode { get; set; } = string.Empty;

    public int Order { get; set; }

    public string Name { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    /// <summary>The 专栏 (box) that lists its target enterprises, if any.</summary>
    public int? Box { get; set; }

    public List<string> Regions { get; set; } = [];

    public List<string> HostUnitCodes { get; set; } = [];

    public string? HostText { get; set; }

    public List<string> SubSectors { get; set; } = [];

    /// <summary>GB/T 4754-2017 major groups (大类) the direction maps to, most relevant first.</summary>
    public List<string> MajorGroups { get; set; } = [];
}

/// <summary>One of the nine industry clusters with its 2025 scale target (plan A part 2(3)).</summary>
public sealed class IndustryCluster
{
    private IndustryCluster()
    {
    }

    public IndustryCluster(string code) => Code = code;

    public string Code { get; private set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The seed's words for the scale: 千亿级, 500亿级, 300亿级, 200亿级, 百亿级.</summary>
    public string ScaleClass { get; set; } = string.Empty;

    /// <summary>The 2025 scale target in 亿元.</summary>
    public decimal TargetScaleYi { get; set; }

    public string DirectionCode { get; set; } = string.Empty;

    public int Order { get; set; }
}

/// <summary>A GB/T 4754-2017 section (门类) or major group (大类).</summary>
public sealed class IndustryClassification
{
    private IndustryClassification()
    {
    }

    public IndustryClassification(string code, string name, string? sectionCode)
    {
        Code = code;
        Name = name;
        SectionCode = sectionCode;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>Null for a section; the section letter for a major group.</summary>
    public string? SectionCode { get; private set; }
}
