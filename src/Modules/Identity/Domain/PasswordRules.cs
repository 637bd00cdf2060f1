namespace Tianzhong.Modules.Identity.Domain;

/// <summary>Why a password was refused; the UI turns each into a message in the user's language.</summary>
public enum PasswordProblem
{
    TooShort,
    TooFewCharacterClasses,
    Common,
}

/// <summary>
/// The platform's password rule: at least 10 characters drawn from at least three of upper case, lower case,
/// digits and symbols, and not in the common-password list.
/// </summary>
public sealed class PasswordRules(IReadOnlySet<string> commonPasswords)
{
    public const int MinimumLength = 10;
    public const int RequiredCharacterClasses = 3;

    /// <summary>How many entries the common-password list holds.</summary>
    public int CommonPasswordCount => commonPasswords.Count;

    public IReadOnlyList<PasswordProblem> Check(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var problems = new List<PasswordProblem>();
        if (password.Length < MinimumLength)
        {
            problems.Add(PasswordProblem.TooShort);
        }

        if (CharacterClasses(password) < RequiredCharacterClasses)
        {
            problems.Add(PasswordProblem.TooFewCharacterClasses);
        }

        if (commonPasswords.Contains(password.ToLowerInvariant()))
        {
            problems.Add(PasswordProblem.Common);
        }

        return problems;
    }

    public static int CharacterClasses(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var upper = password.Any(char.IsUpper);
        var lower = password.Any(char.IsLower);
        var digit = password.Any(char.IsAsciiDigit);
        var symbol = password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c));
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
