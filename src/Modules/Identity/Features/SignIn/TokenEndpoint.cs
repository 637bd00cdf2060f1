using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Errors;
using Tianzhong.Modules.Identity.Data;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.SignIn;

public sealed record TokenRequest(string? UserName, string? Password, [property: Description("Six-digit TOTP code, required when two-factor sign-in is enabled")] string? TwoFactorCode);

/// <summary><c>POST /api/v1/auth/token</c>: exchanges a user name, password and (where enabled) a TOTP code for a bearer token.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithTags("Auth")
            .WithSummary("Issue a bearer token")
            .WithDescription("Returns an access token (1 hour) for the API. Five failed attempts lock the account for 30 minutes.");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueAsync(
        TokenRequest request,
        SignInManager<AppUser> signInManager,
        UserManager<AppUser> userManager,
        SignInAuditing auditing,
        IStringLocalizer<IdentityText> text,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = [text["Required"]];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = [text["Required"]];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var user = await userManager.FindByNameAsync(request.UserName!).ConfigureAwait(false);
        if (user is null)
        {
            await auditing.RecordAsync(request.UserName!, SignInResult.Failed, "api", cancellationToken).ConfigureAwait(false);
            return Unauthorized(text["SignIn.Failed"]);
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded && user.TwoFactorEnabled)
        {
            var code = request.TwoFactorCode?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            if (!await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false))
            {
                await userManager.AccessFailedAsync(user).ConfigureAwait(false);
                var lockedNow = await userManager.IsLockedOutAsync(user).ConfigureAwait(false);
                await auditing.RecordAsync(user.UserName!, lockedNow ? SignInResult.LockedOut : SignInResult.Failed, "api:2fa", cancellationToken).ConfigureAwait(false);
                return Unauthorized(lockedNow ? text["SignIn.LockedOut"] : text["SignIn.TwoFactorFailed"]);
            }

            await userManager.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        }

        await auditing.RecordAsync(user.UserName!, result, "api", cancellationToken).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            return Unauthorized(user.IsDisabled ? text["SignIn.Disabled"] : text["SignIn.LockedOut"]);
        }

        if (!result.Succeeded)
        {
            return Unauthorized(text["SignIn.Failed"]);
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user).ConfigureAwait(false);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: detail);
}
