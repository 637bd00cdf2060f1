namespace Tianzhong.Modules.Investment.Contracts;

/// <summary>How often and how lately the caller's units dealt with an organisation.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Count">Interactions recorded with it.</param>
/// <param name="LastOn">The day of the latest one.</param>
public sealed record InteractionTally(Guid OrganisationId, int Count, DateOnly LastOn);

/// <summary>The investor resources' activity per organisation, in the caller's data scope.</summary>
/// <param name="Interactions">Per organisation with at least one interaction.</param>
/// <param name="SignedInvestors">Organisations that invest in a signed, started or producing project.</param>
public sealed record InvestorActivity(IReadOnlyDictionary<Guid, InteractionTally> Interactions, IReadOnlySet<Guid> SignedInvestors);

/// <summary>
/// Aggregates for precision matching, grouped in the database (never one query per organisation). The caller's data
/// scope applies: a county counts its own interactions and the projects it may see.
/// </summary>
public interface IInvestorActivity
{
    /// <summary>Interaction counts and last dates per organisation, and the investors of signed-or-later projects.</summary>
    Task<InvestorActivity> GetAsync(CancellationToken cancellationToken = default);
}
