using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Claims;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

// Version: The project version the caller read; a stale one gets 409.
public sealed record SetInvestorsRequest(IReadOnlyList<Guid>? OrganisationIds, int Version);

public sealed record ProjectInvestorView(Guid OrganisationId, string OrganisationName);

// InDoubleClaim: The project is part of an open double claim (no detail of the other unit's project is given).
public sealed record ProjectInvestorsView(Guid ProjectId, IReadOnlyList<ProjectInvestorView> Investors, decimal CountShare, bool InDoubleClaim, int Version);

/// <summary>A project's investor organisations; setting them checks for a double claim with another unit.</summary>
public sealed class ProjectInvestors(InvestmentDb db, IOrganisationDirectory organisations, DoubleClaimDetector detector, IStringLocalizer<InvestorsText> text)
{
    public const int MaxInvestors = 20;

    public async Task<ProjectInvestorsView> GetAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.Id, p.CountShare, p.Version, Investors = p.Investors.OrderBy(i => i.Id).Select(i => new ProjectInvestorView(i.OrganisationId, i.OrganisationName)).ToList() })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(text["ProjectNotFound"]);
        var open = await db.DoubleClaims.AnyAsync(c => (c.FirstProjectId == projectId || c.SecondProjectId == projectId) && c.Status == ClaimStatus.Open, cancellationToken);
        return new ProjectInvestorsView(project.Id, project.Investors, project.CountShare, open, project.Version);
    }

    public async Task<ProjectInvestorsView> SetAsync(Guid projectId, SetInvestorsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var project = await db.Projects.Include(p => p.Investors).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException(text["ProjectNotFound"]);
        if (request.OrganisationIds is null)
        {
            throw ValidationFailedException.For("organisationIds", text["Required"]);
        }

        var ids = request.OrganisationIds.Distinct().ToList();
        if (ids.Count > MaxInvestors)
        {
            throw ValidationFailedException.For("organisationIds", text["TooManyInvestors", MaxInvestors]);
        }

        var found = await organisations.FindManyAsync(ids, cancellationToken);
        var missing = ids.Where(id => found.All(o => o.Id != id)).ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("organisationIds", text["UnknownOrganisations", string.Join(", ", missing)]);
        }

        var merged = found.Where(o => o.MergedIntoId is not null).ToList();
        if (merged.Count > 0)
        {
            throw ValidationFailedException.For("organisationIds", text["OrganisationMerged", string.Join(text["ListSeparator"], merged.Select(o => o.Name))]);
        }

        if (project.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        project.SetInvestors(ids.Select(id => found.First(o => o.Id == id)).Select(o => new ProjectInvestor(o.Id, o.Name)));
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        await detector.DetectAsync(projectId, cancellationToken);
        db.ChangeTracker.Clear();
        return await GetAsync(projectId, cancellationToken);
    }
}
