using System.Diagnostics.CodeAnalysis;

namespace Tianzhong.Kernel.Identifiers;

/// <summary>
/// Unified social credit code of an organisation (GB 32100-2015), 18 characters:
/// <list type="bullet">
/// <item>position 1: registration authority code (e.g. 1, 5, 9, Y; not enforced beyond the alphabet);</item>
/// <item>position 2: organisation type code (not enforced beyond the alphabet);</item>
/// <item>positions 3-8: administrative division code (GB/T 2260), digits only;</item>
/// <item>positions 9-17: organisation code body (GB 11714);</item>
/// <item>position 18: check character over positions 1-17.</item>
/// </list>
/// Positions 9-17 are themselves a GB 11714 organisation code (8 body characters plus its own check
/// character). That inner check is deliberately NOT enforced here: only the GB 32100 check character is.
/// </summary>
/// <remarks>
/// Some codes issued during the pilot period before the standard was fixed fail the check character
/// although they are genuine. Those can only be accepted through <see cref="CreateLegacy"/>, which flags
/// them with <see cref="IsLegacyOverride"/>.
/// </remarks>
public sealed record UnifiedSocialCreditCode
{
    /// <summary>Number of characters in a unified social credit code.</summary>
    public const int Length = 18;

    /// <summary>The 31 allowed characters (digits and capital letters without I, O, Z, S, V), in value order.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const int Modulus = 31;

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value, bool isLegacyOverride)
    {
        Value = value;
        IsLegacyOverride = isLegacyOverride;
    }

    /// <summary>The normalised (trimmed, upper-case) 18-character code.</summary>
    public string Value { get; }

    /// <summary>
    /// True when the code was accepted through <see cref="CreateLegacy"/> although its check character
    /// does not match (legacy pilot code).
    /// </summary>
    public bool IsLegacyOverride { get; }

    /// <summary>Position 1: registration authority code.</summary>
    public char RegistrationAuthorityCode => Value[0];

    /// <summary>Position 2: organisation type code.</summary>
    public char OrganisationTypeCode => Value[1];

    /// <summary>Positions 3-8: administrative division code.</summary>
    public string AdministrativeDivisionCode => Value[2..8];

    /// <summary>Positions 9-17: organisation code (GB 11714, including its own unchecked check character).</summary>
    public string OrganisationCode => Value[8..17];

    /// <summary>
    /// Validates <paramref name="input"/> after trimming and upper-casing it, and reports the first problem found.
    /// </summary>
    public static IdentifierCheck Check(string? input) =>
        string.IsNullOrWhiteSpace(input) ? IdentifierCheck.Empty : CheckNormalized(Normalize(input));

    /// <summary>
    /// Parses <paramref name="input"/> (trimmed, upper-cased). Succeeds only when <see cref="Check"/> is
    /// <see cref="IdentifierCheck.Valid"/>; legacy codes with a wrong check character are refused.
    /// </summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code)
    {
        if (!string.IsNullOrWhiteSpace(input))
        {
            var value = Normalize(input);
            if (CheckNormalized(value) == IdentifierCheck.Valid)
            {
                code = new UnifiedSocialCreditCode(value, isLegacyOverride: false);
                return true;
            }
        }

        code = null;
        return false;
    }

    /// <summary>
    /// Explicit override for legacy pilot codes: accepts an input (trimmed, upper-cased) that has the right
    /// length and only allowed characters but whose check character does not match, and flags it with
    /// <see cref="IsLegacyOverride"/>. A fully valid input is returned unflagged, as <see cref="TryParse"/> would.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="input"/> is empty, has the wrong length or contains a character that is not allowed.
    /// </exception>
    public static UnifiedSocialCreditCode CreateLegacy(string input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var check = Check(input);
        return check switch
        {
            IdentifierCheck.Valid => new UnifiedSocialCreditCode(Normalize(input), isLegacyOverride: false),
            IdentifierCheck.CheckCharacterMismatch => new UnifiedSocialCreditCode(Normalize(input), isLegacyOverride: true),
            _ => throw new ArgumentException(
                $"A legacy unified social credit code must be {Length} allowed characters; only the check character may differ (found: {check}).",
                nameof(input)),
        };
    }

    /// <summary>
    /// Computes the GB 32100 check character for the first 17 characters of a code:
    /// <c>Alphabet[(31 - (sum of value(c_i) * w_i mod 31)) mod 31]</c>.
    /// </summary>
    /// <param name="first17">Exactly 17 characters from <see cref="Alphabet"/> (upper case).</param>
    /// <exception cref="ArgumentNullException"><paramref name="first17"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="first17"/> has the wrong length or a character outside the alphabet.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Exactly {Length - 1} characters are required.", nameof(first17));
        }

        foreach (var c in first17)
        {
            if (ValueOf(c) < 0)
            {
                throw new ArgumentException("Only characters of the unified social credit code alphabet are allowed.", nameof(first17));
            }
        }

        return ComputeCheckCharacterCore(first17);
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static string Normalize(string input) => input.Trim().ToUpperInvariant();

    private static IdentifierCheck CheckNormalized(string value)
    {
        if (value.Length != Length)
        {
            return IdentifierCheck.WrongLength;
        }

        for (var i = 0; i < Length; i++)
        {
            var c = value[i];
            var allowed = i is >= 2 and <= 7 ? char.IsAsciiDigit(c) : ValueOf(c) >= 0;
            if (!allowed)
            {
                return IdentifierCheck.InvalidCharacter;
            }
        }

        return ComputeCheckCharacterCore(value) == value[Length - 1]
            ? IdentifierCheck.Valid
            : IdentifierCheck.CheckCharacterMismatch;
    }

    /// <summary>Check character over the first 17 characters; all of them must already be in the alphabet.</summary>
    private static char ComputeCheckCharacterCore(string value)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += ValueOf(value[i]) * Weights[i];
        }

        return Alphabet[(Modulus - (sum % Modulus)) % Modulus];
    }

    private static int ValueOf(char c) => Alphabet.IndexOf(c, StringComparison.Ordinal);
}
