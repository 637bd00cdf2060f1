using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Domain;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Applies <see cref="PasswordRules"/> inside ASP.NET Core Identity, with messages in the user's language.</summary>
public sealed class PlatformPasswordValidator(PasswordRules rules, IStringLocalizer<IdentityText> text) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var problems = rules.Check(password ?? string.Empty);
        if (!string.IsNullOrEmpty(password) && user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "ContainsUserName", Description = text["Password.ContainsUserName"] }));
        }

        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError
            {
                Code = $"Password{p}",
                Description = text[$"Password.{p}", PasswordRules.MinimumLength],
            })]));
    }

    /// <summary>Loads the shipped list of common passwords (lower case, one per line).</summary>
    public static PasswordRules LoadRules()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tianzhong.Modules.Identity.Resources.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return new PasswordRules(set);
    }
}
