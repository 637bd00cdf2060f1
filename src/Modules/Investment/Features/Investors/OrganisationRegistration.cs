using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Investment.Resources;
using Tianzhong.Modules.Registry.Contracts;

namespace Tianzhong.Modules.Investment.Features.Investors;

// AcknowledgeSimilar: True once the user has seen the similar names and confirms this is another organisation.
public sealed record RegisterOrganisationRequest(string? Name, string? CreditCode, string? Region, bool IsForeign, OrganisationTraits Traits, bool AcknowledgeSimilar);

// Version: The version the caller read; a stale one gets 409.
public sealed record OrganisationProfileRequest(OrganisationTraits Traits, string? Region, bool IsForeign, int Version);

/// <summary>Registers organisations (no duplicates: a used credit code names its owner, similar names must be acknowledged) and edits their profile.</summary>
public sealed class OrganisationRegistration(IOrganisationDirectory organisations, IStringLocalizer<InvestorsText> text)
{
    public async Task<OrganisationSummary> RegisterAsync(RegisterOrganisationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The Registry refuses a used code too; asking first lets the message name the organisation that holds it.
        if (UnifiedSocialCreditCode.TryParse(request.CreditCode, out var code)
            && await organisations.FindByCreditCodeAsync(code.Value, cancellationToken) is { } owner)
        {
            throw new DomainRuleException("CreditCodeUnique", text["CreditCodeTaken", code.Value, owner.Name]);
        }

        return await organisations.RegisterAsync(new NewOrganisation(request.Name, request.CreditCode, request.Region, request.IsForeign, request.Traits, request.AcknowledgeSimilar), cancellationToken);
    }

    public async Task<OrganisationSummary> DescribeAsync(Guid id, OrganisationProfileRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var organisation = await organisations.FindAsync(id, cancellationToken) ?? throw new NotFoundException(text["OrganisationNotFound"]);
        if (organisation.MergedIntoId is not null)
        {
            throw new DomainRuleException("OrganisationMerged", text["OrganisationMerged", organisation.Name]);
        }

        return await organisations.DescribeAsync(id, request.Traits, request.Region, request.IsForeign, request.Version, cancellationToken);
    }
}
