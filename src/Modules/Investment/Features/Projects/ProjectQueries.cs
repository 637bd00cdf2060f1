using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Microsoft.Extensions.Options;
using Tianzhong.Kernel.Security;
using Tianzhong.Kernel.Time;
using Tianzhong.Modules.Investment.Features.Attention;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;

namespace Tianzhong.Modules.Investment.Features.Projects;

public sealed record ProjectView(
    Guid Id,
    string UnitCode,
    ProjectFigures Figures,
    ProjectStage Stage,
    bool IsOverHundredMillion,
    bool IsOverBillion,
    int Version,
    DateTime CreatedUtc,
    DateOnly? SignedOn = null,
    DateOnly? StartedOn = null,
    DateOnly? InProductionOn = null,
    decimal CountShare = 1m,
    string? HaltReason = null,
    string? ResponsibleLeader = null,
    IReadOnlyList<string>? InvestorNames = null)
{
    public static ProjectView From(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.UnitCode, p.Figures, p.Stage, p.IsOverHundredMillion, p.IsOverBillion, p.Version, p.CreatedUtc,
            p.SignedOn, p.StartedOn, p.InProductionOn, p.CountShare, p.HaltReason, p.ResponsibleLeader, [.. p.Investors.Select(i => i.OrganisationName)]);
    }
}

/// <summary>Contract-investment bands of the plan: below 1亿元, 1亿 to below 10亿元, 10亿元 and more.</summary>
public enum AmountBand
{
    BelowHundredMillion,
    HundredMillionToBillion,
    BillionAndMore,
}

public enum ProjectSort
{
    Newest,
    Name,
    ContractDescending,
    ContractAscending,
    Unit,
    Stage,
}

/// <param name="Search">Words in the project's or an investor's name.</param>
/// <param name="UnitCode">Owning unit.</param>
/// <param name="DirectionCode">Industry direction.</param>
/// <param name="ClusterCode">Industry cluster (its direction).</param>
/// <param name="Stage">Current stage.</param>
/// <param name="OverBillion">10亿元以上 or not.</param>
/// <param name="Band">Contract-investment band.</param>
/// <param name="Year">Year the signing was approved for.</param>
/// <param name="Source">Source of the capital.</param>
/// <param name="Attention">Only projects needing attention for this reason (thresholds as in the attention lists).</param>
/// <param name="Sort">Order of the list.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page, at most 200.</param>
public sealed record ProjectQuery(
    string? Search = null,
    string? UnitCode = null,
    string? DirectionCode = null,
    string? ClusterCode = null,
    ProjectStage? Stage = null,
    bool? OverBillion = null,
    AmountBand? Band = null,
    int? Year = null,
    CapitalSource? Source = null,
    AttentionReason? Attention = null,
    ProjectSort Sort = ProjectSort.Newest,
    int Page = 1,
    int PageSize = 20);

public sealed record ProjectPage(IReadOnlyList<ProjectView> Items, int Total, int Page, int PageSize);

/// <summary>Reads the project library; the data scope (a county sees its own and other units' non-confidential projects) is applied by the context.</summary>
public sealed class ProjectQueries(
    InvestmentDb db,
    Registry.Contracts.IIndustryDirectory industries,
    ICurrentUser currentUser,
    IAuditTrail audit,
    TimeProvider timeProvider,
    IOptions<AttentionThresholds> attentionThresholds,
    IStringLocalizer<InvestmentText> text)
{
    public const int MaxPageSize = 200;

    /// <summary>One project. Another unit's confidential project is refused with 403 (and the refusal audited), not hidden as 404.</summary>
    public async Task<ProjectView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Investors).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is not null)
        {
            return ProjectView.From(project);
        }

        if (!currentUser.SeesAllUnits() && await ExistsOutsideScopeAsync(id, cancellationToken))
        {
            // Audited here, so the page and the API record the refusal alike.
            await audit.RecordAsync(new AuditRecord(AuditAction.AccessDenied, nameof(Project), id.ToString(), AuditOutcome.Denied, Detail: text["ConfidentialProject"]), cancellationToken);
            throw new ForbiddenException(text["ConfidentialProject"]) { IsAudited = true };
        }

        throw new NotFoundException(text["ProjectNotFound"]);
    }

    // The query filter hides the row; this asks the table itself (and returns nothing but a yes/no) so the refusal can be told apart from a typo.
    private async Task<bool> ExistsOutsideScopeAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM investment_projects WHERE \"Id\" = {id}").SingleAsync(cancellationToken) > 0;

    public async Task<ProjectPage> SearchAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var projects = await FilterAsync(query, cancellationToken);
        var total = await projects.CountAsync(cancellationToken);
        // One round trip for the page: the investors' names come along as a correlated list, not a second query.
        var items = await Sorted(projects, query.Sort)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => new { Project = p, Investors = p.Investors.Select(i => i.OrganisationName).ToList() })
            .ToListAsync(cancellationToken);
        return new ProjectPage([.. items.Select(x => ProjectView.From(x.Project) with { InvestorNames = x.Investors })], total, query.Page, query.PageSize);
    }

    /// <summary>The projects matching the filters, for the list, the board and exports alike.</summary>
    public async Task<IQueryable<Project>> FilterAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projects = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            projects = projects.Where(p => p.Figures.Name.Contains(term) || p.Investors.Any(i => i.OrganisationName.Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            projects = projects.Where(p => p.UnitCode == query.UnitCode);
        }

        if (!string.IsNullOrWhiteSpace(query.DirectionCode))
        {
            projects = projects.Where(p => p.Figures.DirectionCode == query.DirectionCode);
        }

        if (!string.IsNullOrWhiteSpace(query.ClusterCode))
        {
            var cluster = (await industries.ListClustersAsync(cancellationToken)).FirstOrDefault(c => c.Code == query.ClusterCode)
                ?? throw ValidationFailedException.For("clusterCode", text["UnknownCluster", query.ClusterCode]);
            projects = projects.Where(p => p.Figures.DirectionCode == cluster.DirectionCode);
        }

        if (query.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (query.OverBillion is { } overBillion)
        {
            projects = overBillion
                ? projects.Where(p => p.Figures.ContractInvestmentWan >= ProjectScale.BillionInWan)
                : projects.Where(p => p.Figures.ContractInvestmentWan < ProjectScale.BillionInWan);
        }

        projects = query.Band switch
        {
            AmountBand.BelowHundredMillion => projects.Where(p => p.Figures.ContractInvestmentWan < ProjectScale.HundredMillionInWan),
            AmountBand.HundredMillionToBillion => projects.Where(p => p.Figures.ContractInvestmentWan >= ProjectScale.HundredMillionInWan && p.Figures.ContractInvestmentWan < ProjectScale.BillionInWan),
            AmountBand.BillionAndMore => projects.Where(p => p.Figures.ContractInvestmentWan >= ProjectScale.BillionInWan),
            _ => projects,
        };

        if (query.Year is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw ValidationFailedException.For("year", text["YearRange"]);
            }

            var first = new DateOnly(year, 1, 1);
            var next = first.AddYears(1);
            projects = projects.Where(p => p.SignedOn >= first && p.SignedOn < next);
        }

        if (query.Source is { } source)
        {
            projects = projects.Where(p => p.Figures.Source == source);
        }

        if (query.Attention is { } reason)
        {
            projects = projects.Needing(db, reason, ChinaTime.Today(timeProvider), attentionThresholds.Value);
        }

        return projects;
    }

    private static IQueryable<Project> Sorted(IQueryable<Project> projects, ProjectSort sort) => sort switch
    {
        ProjectSort.Name => projects.OrderBy(p => p.Figures.Name).ThenBy(p => p.Id),
        ProjectSort.ContractDescending => projects.OrderByDescending(p => p.Figures.ContractInvestmentWan).ThenBy(p => p.Id),
        ProjectSort.ContractAscending => projects.OrderBy(p => p.Figures.ContractInvestmentWan).ThenBy(p => p.Id),
        ProjectSort.Unit => projects.OrderBy(p => p.UnitCode).ThenByDescending(p => p.CreatedUtc).ThenBy(p => p.Id),
        ProjectSort.Stage => projects.OrderBy(p => p.Stage).ThenByDescending(p => p.CreatedUtc).ThenBy(p => p.Id),
        _ => projects.OrderByDescending(p => p.CreatedUtc).ThenBy(p => p.Id),
    };
}
