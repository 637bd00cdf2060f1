using Tianzhong.Kernel.Domain;

namespace Tianzhong.Modules.Investment.Domain;

/// <summary>Where the capital comes from (plan A's 境外 / 省外 / 省内市外 / 市内).</summary>
public enum CapitalSource
{
    Abroad,
    OtherProvince,
    OtherCityInProvince,
    Local,
}

/// <summary>The lifecycle stage: 在谈 → 签约 → 开工 → 投产, or 停滞 / 终止.</summary>
public enum ProjectStage
{
    Negotiating,

    // "Signed" is the domain's own word (签约), not the integer qualifier CA1720 guards against.
#pragma warning disable CA1720
    Signed,
#pragma warning restore CA1720
    Started,
    InProduction,
    Stalled,
    Terminated,
}

/// <summary>The figures of a project as entered; amounts in 万元 unless named otherwise (foreign capital in 万美元).</summary>
public sealed record ProjectFigures(
    string Name,
    string DirectionCode,
    string? MajorGroupCode,
    CapitalSource Source,
    decimal ContractInvestmentWan,
    decimal? FirstPhaseWan,
    decimal? RegisteredCapitalWan,
    decimal? ForeignContractedUsdWan,
    decimal? ForeignUsedUsdWan,
    decimal? PlannedFixedAssetWan,
    decimal? LandMu,
    decimal? ExpectedAnnualOutputWan,
    decimal? ExpectedAnnualTaxWan,
    int? ExpectedJobs,
    DateOnly? PlannedStart,
    DateOnly? PlannedProduction,
    bool IsConfidential);

/// <summary>A project of the 重大招商引资项目库, owned by one unit (county-level unit or functional zone).</summary>
public sealed class Project : IUnitScoped
{
    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public ProjectFigures Figures { get; private set; } = default!;

    public ProjectStage Stage { get; private set; }

    /// <summary>Optimistic concurrency: an edit based on an older version is refused, never silently applied.</summary>
    public int Version { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>亿元以上: contract investment of 1亿元 (10,000万元) or more.</summary>
    public bool IsOverHundredMillion => ProjectScale.IsOverHundredMillion(Figures.ContractInvestmentWan);

    /// <summary>10亿元以上: counts towards plan A's target of at least 300 such projects.</summary>
    public bool IsOverBillion => ProjectScale.IsOverBillion(Figures.ContractInvestmentWan);

    public static Project Register(string unitCode, ProjectFigures figures, DateTime createdUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        UnitCode = unitCode,
        Figures = figures,
        Stage = ProjectStage.Negotiating,
        CreatedUtc = createdUtc,
        Version = 1,
    };

    public void Revise(ProjectFigures figures)
    {
        Figures = figures;
        Version++;
    }
}

/// <summary>The plan's size classes of projects by contract investment.</summary>
public static class ProjectScale
{
    public const decimal HundredMillionInWan = 10_000m;
    public const decimal BillionInWan = 100_000m;

    public static bool IsOverHundredMillion(decimal contractInvestmentWan) => contractInvestmentWan >= HundredMillionInWan;

    public static bool IsOverBillion(decimal contractInvestmentWan) => contractInvestmentWan >= BillionInWan;
}
