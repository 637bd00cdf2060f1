using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Security;
using Tianzhong.Modules.Investment.Data;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

// UnitCode: Only when no project is given and the caller is not unit-scoped (city officers).
public sealed record RecordInteractionRequest(Guid OrganisationId, Guid? ProjectId, InteractionKind Kind, DateOnly OccurredOn, string? Officials, string? ContactNames, string? Notes, DateOnly? NextFollowUpOn, string? UnitCode = null);

public sealed record InteractionQuery(Guid? OrganisationId = null, Guid? ProjectId = null, string? UnitCode = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20);

/// <summary>Visits, talks, meetings, events and calls with investors, recorded by units.</summary>
public sealed class InteractionLog(InvestmentDb db, IOrganisationDirectory organisations, IUnitDirectory units, ICurrentUser currentUser, TimeProvider timeProvider, IStringLocalizer<InvestorsText> text)
{
    public const int MaxPageSize = 200;
    private const int MaxOfficials = 200;
    private const int MaxNotes = 2000;

    public async Task<InteractionView> RecordAsync(RecordInteractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var errors = InteractionRules.Check(request.OccurredOn, request.Officials, request.NextFollowUpOn, Today(now))
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => text[$"InteractionProblem.{p.Problem}"].Value).ToArray());
        if (!Enum.IsDefined(request.Kind))
        {
            errors["kind"] = [text["Required"]];
        }

        if (request.Officials?.Trim().Length > MaxOfficials)
        {
            errors["officials"] = [text["TooLong", MaxOfficials]];
        }

        if (request.ContactNames?.Trim().Length > MaxOfficials)
        {
            errors["contactNames"] = [text["TooLong", MaxOfficials]];
        }

        if (request.Notes?.Trim().Length > MaxNotes)
        {
            errors["notes"] = [text["TooLong", MaxNotes]];
        }

        var organisation = request.OrganisationId == Guid.Empty ? null : await organisations.FindAsync(request.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            errors["organisationId"] = [text["OrganisationNotFound"]];
        }
        else if (organisation.MergedIntoId is not null)
        {
            errors["organisationId"] = [text["OrganisationMerged", organisation.Name]];
        }

        string? unitCode;
        if (request.ProjectId is { } projectId)
        {
            // Another unit's project is invisible (404) or, when visible, refused on save by the data-scope guard (403).
            unitCode = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.UnitCode).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(text["ProjectNotFound"]);
        }
        else
        {
            // A county officer naming another unit is refused on save by the data-scope guard (403).
            unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? currentUser.UnitCode : request.UnitCode.Trim();

            if (unitCode is null)
            {
                errors["unitCode"] = [text["Required"]];
            }
            else if (await units.FindUnitAsync(unitCode, cancellationToken) is null)
            {
                errors["unitCode"] = [text["UnknownUnit", unitCode]];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var interaction = Interaction.Record(unitCode!, request.OrganisationId, request.ProjectId, request.Kind, request.OccurredOn, request.Officials!, request.ContactNames, request.Notes, request.NextFollowUpOn, currentUser.UserName ?? string.Empty, now);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(cancellationToken);
        return InteractionView.From(interaction);
    }

    // The platform serves one city: "today" is the date in China Standard Time (UTC+8, no daylight saving).
    private static DateOnly Today(DateTime nowUtc) => DateOnly.FromDateTime(nowUtc.AddHours(8));

    public async Task<InteractionPage> SearchAsync(InteractionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For(query.Page < 1 ? "page" : "pageSize", text["Paging", MaxPageSize]);
        }

        var interactions = db.Interactions.AsNoTracking();
        if (query.OrganisationId is { } organisationId)
        {
            interactions = interactions.Where(i => i.OrganisationId == organisationId);
        }

        if (query.ProjectId is { } projectId)
        {
            interactions = interactions.Where(i => i.ProjectId == projectId);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            interactions = interactions.Where(i => i.UnitCode == query.UnitCode);
        }

        if (query.From is { } from)
        {
            interactions = interactions.Where(i => i.OccurredOn >= from);
        }

        if (query.To is { } to)
        {
            interactions = interactions.Where(i => i.OccurredOn <= to);
        }

        var total = await interactions.CountAsync(cancellationToken);
        var items = await interactions.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.RecordedUtc).ThenBy(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new InteractionPage([.. items.Select(InteractionView.From)], total, query.Page, query.PageSize);
    }
}
