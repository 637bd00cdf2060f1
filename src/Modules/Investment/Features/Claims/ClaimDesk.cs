using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Claims;

public sealed record ClaimQuery(ClaimStatus? Status = null, int Page = 1, int PageSize = 20);

public sealed record ClaimProjectView(Guid Id, string UnitCode, string Name, decimal ContractInvestmentWan, ProjectStage Stage, decimal CountShare, DateTime CreatedUtc);

// First: The project registered first; null when the caller may not see it (another unit's confidential talks).
// Second: The later project; null likewise.
public sealed record ClaimView(Guid Id, ClaimStatus Status, Guid OrganisationId, string? OrganisationName, ClaimProjectView? First, ClaimProjectView? Second, decimal? FirstShare, string? Remark, string? DecidedBy, DateTime? DecidedUtc, DateTime DetectedUtc, int Version);

public sealed record ClaimPage(IReadOnlyList<ClaimView> Items, int Total, int Page, int PageSize);

// FirstShare: 0 to 1, at most four decimals: 1 gives the first unit the whole project, 0 the second, between splits.
// Version: The claim version the caller read; a stale one gets 409.
public sealed record DecideClaimRequest(decimal? FirstShare, string? Remark, int Version);

/// <summary>Double claims: the city decides who counts what; a county sees the claims on its own projects.</summary>
public sealed class ClaimDesk(InvestmentDb db, IOrganisationDirectory organisations, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<InvestorsText> text)
{
    public const int MaxPageSize = 200;
    private const int MaxRemark = 500;

    public async Task<ClaimPage> SearchAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var claims = db.DoubleClaims.AsNoTracking();
        if (!currentUser.SeesAllUnits())
        {
            // Claims are not unit rows; a county's are those on its own projects (the project filter still applies).
            var own = db.Projects.Where(p => p.UnitCode == currentUser.UnitCode).Select(p => p.Id);
            claims = claims.Where(c => own.Contains(c.FirstProjectId) || own.Contains(c.SecondProjectId));
        }

        if (query.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        var total = await claims.CountAsync(cancellationToken);
        var page = await claims.OrderBy(c => c.Status == ClaimStatus.Open ? 0 : 1).ThenByDescending(c => c.DetectedUtc).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ClaimPage(await ViewsAsync(page, cancellationToken), total, query.Page, query.PageSize);
    }

    public async Task<ClaimView> DecideAsync(Guid id, DecideClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.ChangeTracker.Clear();
        var claim = await db.DoubleClaims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(text["ClaimNotFound"]);
        var errors = new Dictionary<string, string[]>();
        if (request.FirstShare is not { } share || !DoubleClaimRules.IsValidShare(share))
        {
            errors["firstShare"] = [text["BadShare"]];
        }

        if (request.Remark?.Trim().Length > MaxRemark)
        {
            errors["remark"] = [text["TooLong", MaxRemark]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (claim.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        var first = await db.Projects.FirstOrDefaultAsync(p => p.Id == claim.FirstProjectId, cancellationToken) ?? throw new NotFoundException(text["ProjectNotFound"]);
        var second = await db.Projects.FirstOrDefaultAsync(p => p.Id == claim.SecondProjectId, cancellationToken) ?? throw new NotFoundException(text["ProjectNotFound"]);
        claim.Decide(first, second, request.FirstShare!.Value, currentUser.UserName ?? string.Empty, request.Remark, timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken);

        db.ChangeTracker.Clear();
        return (await ViewsAsync([claim], cancellationToken))[0];
    }

    private async Task<List<ClaimView>> ViewsAsync(IReadOnlyList<DoubleClaim> claims, CancellationToken cancellationToken)
    {
        var projectIds = claims.SelectMany(c => new[] { c.FirstProjectId, c.SecondProjectId }).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => projectIds.Contains(p.Id))
            .Select(p => new ClaimProjectView(p.Id, p.UnitCode, p.Figures.Name, p.Figures.ContractInvestmentWan, p.Stage, p.CountShare, p.CreatedUtc))
            .ToListAsync(cancellationToken);
        var byId = projects.ToDictionary(p => p.Id);
        var names = (await organisations.FindManyAsync([.. claims.Select(c => c.OrganisationId).Distinct()], cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        return [.. claims.Select(c => new ClaimView(
            c.Id, c.Status, c.OrganisationId, names.GetValueOrDefault(c.OrganisationId),
            byId.GetValueOrDefault(c.FirstProjectId), byId.GetValueOrDefault(c.SecondProjectId),
            c.FirstShare, c.Remark, c.DecidedBy, c.DecidedUtc, c.DetectedUtc, c.Version))];
    }
}
