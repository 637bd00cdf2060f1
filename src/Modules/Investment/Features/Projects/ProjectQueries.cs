using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
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
    DateTime CreatedUtc)
{
    public static ProjectView From(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.UnitCode, p.Figures, p.Stage, p.IsOverHundredMillion, p.IsOverBillion, p.Version, p.CreatedUtc);
    }
}

public sealed record ProjectQuery(string? Search = null, string? UnitCode = null, string? DirectionCode = null, ProjectStage? Stage = null, bool? OverBillion = null, int Page = 1, int PageSize = 20);

public sealed record ProjectPage(IReadOnlyList<ProjectView> Items, int Total, int Page, int PageSize);

/// <summary>Reads the project library; the data scope (a county sees only its own unit) is applied by the context.</summary>
public sealed class ProjectQueries(InvestmentDb db, IStringLocalizer<InvestmentText> text)
{
    public const int MaxPageSize = 200;

    public async Task<ProjectView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => ProjectView.From(p)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);

    public async Task<ProjectPage> SearchAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var projects = Filter(query);
        var total = await projects.CountAsync(cancellationToken);
        var items = await projects.OrderByDescending(p => p.CreatedUtc).ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new ProjectPage([.. items.Select(ProjectView.From)], total, query.Page, query.PageSize);
    }

    /// <summary>The projects matching the list's filters (search, unit, direction, stage, size), within the data scope; the list and the export share it.</summary>
    public IQueryable<Project> Filter(ProjectQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projects = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            projects = projects.Where(p => p.Figures.Name.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            projects = projects.Where(p => p.UnitCode == query.UnitCode);
        }

        if (!string.IsNullOrWhiteSpace(query.DirectionCode))
        {
            projects = projects.Where(p => p.Figures.DirectionCode == query.DirectionCode);
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

        return projects;
    }
}
