using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Kernel.Infrastructure.Persistence;
using Tianzhong.Kernel.Identifiers;
using Tianzhong.Modules.Registry.Data;
using Tianzhong.Modules.Registry.Resources;

namespace Tianzhong.Modules.Registry.Features.Organisations;

/// <param name="CreditCode">统一社会信用代码, or empty to clear it.</param>
/// <param name="LegacyOverride">Accept a legacy pilot code whose check character does not verify.</param>
/// <param name="Version">The version the caller read; a stale version is refused with 409.</param>
public sealed record SetCreditCodeRequest(string? CreditCode, bool LegacyOverride, int Version);

/// <summary>Records an organisation's unified social credit code: validated by GB 32100, unique, never overwriting a newer edit.</summary>
public sealed class SetCreditCode(RegistryDb db, IStringLocalizer<RegistryText> text)
{
    public async Task<int> HandleAsync(Guid organisationId, SetCreditCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Pages keep this handler for the life of a circuit: read the current row, not one tracked earlier.
        db.ChangeTracker.Clear();
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(text["Organisation.NotFound"]);
        UnifiedSocialCreditCode? code = null;
        if (!string.IsNullOrWhiteSpace(request.CreditCode))
        {
            var check = UnifiedSocialCreditCode.Check(request.CreditCode);
            if (check == IdentifierCheck.Valid && UnifiedSocialCreditCode.TryParse(request.CreditCode, out var parsed))
            {
                code = parsed;
            }
            else if (check == IdentifierCheck.CheckCharacterMismatch && request.LegacyOverride)
            {
                code = UnifiedSocialCreditCode.CreateLegacy(request.CreditCode.Trim().ToUpperInvariant());
            }
            else
            {
                throw ValidationFailedException.For("creditCode", text[$"CreditCode.{check}"]);
            }
        }

        if (organisation.Version != request.Version)
        {
            throw new ConcurrencyConflictException(text["ConcurrencyConflict"]);
        }

        if (code is not null && await db.Organisations.AnyAsync(o => o.CreditCode == code.Value && o.Id != organisationId, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainRuleException("CreditCodeUnique", text["CreditCode.Duplicate", code.Value]);
        }

        organisation.AssignCreditCode(code);
        await db.SaveOrConflictAsync(text["ConcurrencyConflict"], cancellationToken).ConfigureAwait(false);

        return organisation.Version;
    }
}
