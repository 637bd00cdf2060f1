using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Identity.Domain;

namespace Tianzhong.Modules.Identity.Pages;

/// <summary>The security rules in force and the authorization matrix, as the security administrator reviews them.</summary>
public sealed partial class SecurityPolicies
{
    private const int PasswordMinimum = PasswordRules.MinimumLength;
    private const int PasswordClasses = PasswordRules.RequiredCharacterClasses;

    [Inject]
    private IOptions<IdentityOptions> IdentityOptions { get; set; } = default!;

    [Inject]
    private PasswordRules Rules { get; set; } = default!;

    private int CommonPasswordCount => Rules.CommonPasswordCount;
}
