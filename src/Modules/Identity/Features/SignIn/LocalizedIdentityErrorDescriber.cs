using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Tianzhong.Modules.Identity.Resources;

namespace Tianzhong.Modules.Identity.Features.SignIn;

/// <summary>Identity's own errors in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<IdentityText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Password.CurrentWrong"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Password.TooShort", length]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["UserNameTaken"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["UserNameFormat"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), text["InvalidToken"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["ConcurrencyFailure"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["DefaultError"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
