namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>A lead to put in the project library: a negotiating project with one investor.</summary>
/// <param name="UnitCode">The unit that follows the lead; a county officer may only name their own.</param>
/// <param name="Name">The project's name.</param>
/// <param name="DirectionCode">Its industry direction.</param>
/// <param name="OrganisationId">The investor organisation (a live one).</param>
/// <param name="IsForeign">The investor is headquartered abroad: the capital source starts as 境外, otherwise as 省外 (the unit revises it).</param>
public sealed record NewLead(string UnitCode, string Name, string DirectionCode, Guid OrganisationId, bool IsForeign);

/// <summary>A lead already in the library.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="UnitCode">Its unit.</param>
public sealed record LeadSummary(Guid ProjectId, string Name, string UnitCode);

/// <summary>
/// Leads from precision matching: registered through the project library's own registration and investor handlers,
/// so every rule, the double-claim check and the audit apply.
/// </summary>
public interface IProjectLeads
{
    /// <summary>The unit's negotiating project of this direction with this investor, if any (in the caller's scope).</summary>
    Task<LeadSummary?> FindNegotiatingAsync(string unitCode, string directionCode, Guid organisationId, CancellationToken cancellationToken = default);

    /// <summary>Registers the project in stage 在谈 with contract investment 0 and the organisation as its investor; returns its id.</summary>
    Task<Guid> CreateLeadAsync(NewLead lead, CancellationToken cancellationToken = default);
}
