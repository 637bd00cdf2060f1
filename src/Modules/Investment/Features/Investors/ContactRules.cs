using System.Text.RegularExpressions;

namespace Tianzhong.Modules.Investment.Features.Investors;

public enum ContactProblem
{
    Required,
    TooLong,
    BadPhone,
    BadEmail,
}

/// <summary>What a contact must look like: a name, a mainland mobile or a landline with its area code, a plausible e-mail.</summary>
public static partial class ContactRules
{
    public const int MaxNameLength = 64;
    public const int MaxEmailLength = 254;

    /// <summary>1[3-9] and nine digits (mainland mobile), or 0 + a 2-3 digit area code + a 7-8 digit number, optionally with an extension.</summary>
    public static bool IsValidPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var compact = phone.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        return Mobile().IsMatch(compact) || Landline().IsMatch(compact);
    }

    public static bool IsValidEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.Trim();
        return trimmed.Length <= MaxEmailLength && Email().IsMatch(trimmed);
    }

    public static IReadOnlyList<(string Field, ContactProblem Problem)> Check(string? name, string? title, string? phone, string? email)
    {
        var problems = new List<(string, ContactProblem)>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(("name", ContactProblem.Required));
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            problems.Add(("name", ContactProblem.TooLong));
        }

        if (title?.Trim().Length > MaxNameLength)
        {
            problems.Add(("title", ContactProblem.TooLong));
        }

        if (!string.IsNullOrWhiteSpace(phone) && !IsValidPhone(phone))
        {
            problems.Add(("phone", ContactProblem.BadPhone));
        }

        if (!string.IsNullOrWhiteSpace(email) && !IsValidEmail(email))
        {
            problems.Add(("email", ContactProblem.BadEmail));
        }

        return problems;
    }

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();
}
