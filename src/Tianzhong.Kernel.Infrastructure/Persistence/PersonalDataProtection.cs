using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tianzhong.Kernel.Infrastructure.Persistence;

/// <summary>
/// Encrypts personal data (phones, ID numbers) at rest with ASP.NET Core Data Protection; the value converter
/// makes it transparent to code that reads the entity.
/// </summary>
public sealed class PersonalDataProtection
{
    public PersonalDataProtection(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var protector = provider.CreateProtector("Tianzhong.PersonalData.v1");
        Converter = new ValueConverter<string?, string?>(
            v => v == null ? null : protector.Protect(v),
            v => v == null ? null : protector.Unprotect(v));
    }

    public ValueConverter<string?, string?> Converter { get; }
}
