using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

public sealed record OrganisationQuery(string? Search = null, OrganisationTraits? Trait = null, int Page = 1, int PageSize = 20);

// ProjectCount: Projects with this investor that the caller can see.
public sealed record OrganisationRow(Guid Id, string Name, string? CreditCode, string? Region, bool IsForeign, OrganisationTraits Traits, bool IsGazetteListed, int ProjectCount, int Version);

public sealed record OrganisationListPage(IReadOnlyList<OrganisationRow> Items, int Total, int Page, int PageSize);

public sealed record OrganisationProjectView(Guid Id, string Name, string UnitCode, ProjectStage Stage, decimal ContractInvestmentWan, decimal CountShare);

// IsMasked: True when phone and e-mail are masked (lists); false only for the audited single read.
public sealed record ContactView(Guid Id, Guid OrganisationId, string Name, string? Title, string? Phone, string? Email, bool IsMasked, int Version)
{
    public static ContactView Masked(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.OrganisationId, c.Name, c.Title, c.Phone is null ? null : Masking.Mask(c.Phone), c.Email is null ? null : MaskEmail(c.Email), true, c.Version);
    }

    public static ContactView Full(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.OrganisationId, c.Name, c.Title, c.Phone, c.Email, false, c.Version);
    }

    // The local part is what identifies a person; the domain stays readable so colleagues know which company it is.
    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Masking.Mask(email) : string.Concat(Masking.Mask(email[..at]), email.AsSpan(at));
    }
}

public sealed record InteractionView(Guid Id, string UnitCode, Guid OrganisationId, Guid? ProjectId, InteractionKind Kind, DateOnly OccurredOn, string Officials, string? ContactNames, string? Notes, DateOnly? NextFollowUpOn, string RecordedBy, DateTime RecordedUtc, int Version)
{
    public static InteractionView From(Interaction i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.UnitCode, i.OrganisationId, i.ProjectId, i.Kind, i.OccurredOn, i.Officials, i.ContactNames, i.Notes, i.NextFollowUpOn, i.RecordedBy, i.RecordedUtc, i.Version);
    }
}

public sealed record InteractionPage(IReadOnlyList<InteractionView> Items, int Total, int Page, int PageSize);

/// <summary>An organisation with what the caller may see of its projects, interactions and (masked) contacts.</summary>
// Organisation: The organisation; <c>MergedIntoId</c> is set when it was merged (the UI redirects).
public sealed record OrganisationDetail(OrganisationSummary Organisation, IReadOnlyList<OrganisationProjectView> Projects, IReadOnlyList<InteractionView> Interactions, IReadOnlyList<ContactView> Contacts);

public sealed record SimilarOrganisation(Guid Id, string Name, string? CreditCode, int Version);
