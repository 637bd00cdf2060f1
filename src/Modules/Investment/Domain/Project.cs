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
    private readonly List<ProjectInvestor> _investors = [];
    private readonly List<ProjectTeamMember> _serviceTeam = [];

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public ProjectFigures Figures { get; private set; } = default!;

    /// <summary>The last stage the city approved (or 停滞/终止); only approved stages count anywhere.</summary>
    public ProjectStage Stage { get; private set; }

    /// <summary>The stage a stalled or terminated project had reached, so it can resume there.</summary>
    public ProjectStage? StageBeforeHalt { get; private set; }

    /// <summary>Approved dates of each stage reached; rates look at these, never at unapproved submissions.</summary>
    public DateOnly? SignedOn { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? InProductionOn { get; private set; }

    public string? HaltReason { get; private set; }

    public DateOnly? HaltedOn { get; private set; }

    /// <summary>A reference supplied by an import, so re-importing the same rows changes nothing.</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>
    /// How much of this project the unit counts (1 normally; 0 or a share when the city has decided a double claim).
    /// Every count and amount of the project is weighted by it, so nothing is counted twice.
    /// </summary>
    public decimal CountShare { get; private set; } = 1m;

    /// <summary>三个一: the one responsible leader (a user name).</summary>
    public string? ResponsibleLeader { get; private set; }

    public IReadOnlyList<ProjectInvestor> Investors => _investors;

    /// <summary>三个一: the one service team.</summary>
    public IReadOnlyList<ProjectTeamMember> ServiceTeam => _serviceTeam;

    /// <summary>Optimistic concurrency: an edit based on an older version is refused, never silently applied.</summary>
    public int Version { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>亿元以上: contract investment of 1亿元 (10,000万元) or more.</summary>
    public bool IsOverHundredMillion => ProjectScale.IsOverHundredMillion(Figures.ContractInvestmentWan);

    /// <summary>10亿元以上: counts towards plan A's target of at least 300 such projects.</summary>
    public bool IsOverBillion => ProjectScale.IsOverBillion(Figures.ContractInvestmentWan);

    public static Project Register(string unitCode, ProjectFigures figures, DateTime createdUtc, string? externalReference = null) => new()
    {
        Id = Guid.CreateVersion7(),
        UnitCode = unitCode,
        Figures = figures,
        Stage = ProjectStage.Negotiating,
        CreatedUtc = createdUtc,
        ExternalReference = externalReference,
        Version = 1,
    };

    public void Revise(ProjectFigures figures)
    {
        Figures = figures;
        Touch();
    }

    public void SetInvestors(IEnumerable<ProjectInvestor> investors)
    {
        var wanted = investors.DistinctBy(i => i.OrganisationId).ToList();
        _investors.RemoveAll(i => wanted.All(w => w.OrganisationId != i.OrganisationId));
        _investors.AddRange(wanted.Where(w => _investors.All(i => i.OrganisationId != w.OrganisationId)));
        Touch();
    }

    /// <summary>Moves this project's investor link from a merged organisation to the one that survives.</summary>
    public void ReplaceInvestor(Guid mergedId, Guid survivorId, string survivorName)
    {
        var merged = _investors.FirstOrDefault(i => i.OrganisationId == mergedId);
        if (merged is null)
        {
            return;
        }

        _investors.Remove(merged);
        if (_investors.All(i => i.OrganisationId != survivorId))
        {
            _investors.Add(new ProjectInvestor(survivorId, survivorName));
        }

        Touch();
    }

    public void AssignThreeOnes(string? leader, IEnumerable<string> team)
    {
        ResponsibleLeader = string.IsNullOrWhiteSpace(leader) ? null : leader.Trim();
        var wanted = team.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        _serviceTeam.RemoveAll(m => !wanted.Contains(m.UserName, StringComparer.Ordinal));
        _serviceTeam.AddRange(wanted.Where(w => _serviceTeam.All(m => m.UserName != w)).Select(w => new ProjectTeamMember(w)));
        Touch();
    }

    /// <summary>Applies a stage the city approved, with its date.</summary>
    internal void ApplyApprovedStage(ProjectStage stage, DateOnly occurredOn)
    {
        switch (stage)
        {
            case ProjectStage.Signed:
                SignedOn = occurredOn;
                break;
            case ProjectStage.Started:
                StartedOn = occurredOn;
                break;
            case ProjectStage.InProduction:
                InProductionOn = occurredOn;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, null);
        }

        Stage = stage;
        Touch();
    }

    internal void Halt(ProjectStage haltStage, string reason, DateOnly on)
    {
        HaltedOn = on;
        StageBeforeHalt = Stage is ProjectStage.Stalled ? StageBeforeHalt : Stage;
        Stage = haltStage;
        HaltReason = reason;
        Touch();
    }

    internal void Resume()
    {
        Stage = StageBeforeHalt ?? ProjectStage.Negotiating;
        StageBeforeHalt = null;
        HaltReason = null;
        HaltedOn = null;
        Touch();
    }

    /// <summary>
    /// A stage submission changes the project's state (it now has one pending), so its version moves: two units'
    /// officers submitting at the same moment cannot both pass the one-pending-submission rule.
    /// </summary>
    internal void NoteSubmission() => Touch();

    internal void SetCountShare(decimal share)
    {
        CountShare = share;
        Touch();
    }

    /// <summary>The stage the project has reached in the lifecycle (a halted project keeps the stage it had reached).</summary>
    public ProjectStage ReachedStage => Stage is ProjectStage.Stalled or ProjectStage.Terminated ? StageBeforeHalt ?? ProjectStage.Negotiating : Stage;

    private void Touch() => Version++;
}

/// <summary>An investor organisation of a project (an organisation of the Registry, its name kept for search).</summary>
public sealed class ProjectInvestor
{
    private ProjectInvestor()
    {
    }

    public ProjectInvestor(Guid organisationId, string organisationName)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName;
    }

    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;
}

/// <summary>A member of a project's service team (三个一), by user name.</summary>
public sealed class ProjectTeamMember
{
    private ProjectTeamMember()
    {
    }

    public ProjectTeamMember(string userName) => UserName = userName;

    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string UserName { get; private set; } = string.Empty;
}

/// <summary>The plan's size classes of projects by contract investment.</summary>
public static class ProjectScale
{
    public const decimal HundredMillionInWan = 10_000m;
    public const decimal BillionInWan = 100_000m;

    public static bool IsOverHundredMillion(decimal contractInvestmentWan) => contractInvestmentWan >= HundredMillionInWan;

    public static bool IsOverBillion(decimal contractInvestmentWan) => contractInvestmentWan >= BillionInWan;
}
