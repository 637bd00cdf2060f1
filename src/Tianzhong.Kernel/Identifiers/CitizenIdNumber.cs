using System.Diagnostics.CodeAnalysis;

namespace Tianzhong.Kernel.Identifiers;

/// <summary>
/// Citizen identity number (GB 11643-1999), 18 characters:
/// <list type="bullet">
/// <item>positions 1-6: address code (administrative division, GB/T 2260);</item>
/// <item>positions 7-14: birth date as yyyyMMdd, which must be a real calendar date;</item>
/// <item>positions 15-17: sequence code (odd for men, even for women);</item>
/// <item>position 18: check character (0-9 or X) over positions 1-17, ISO 7064 MOD 11-2.</item>
/// </list>
/// The old 15-digit numbers (before 1999) are not accepted.
/// </summary>
/// <remarks>
/// This is personal data: <see cref="ToString"/> returns <see cref="Masked"/>, never the full number.
/// Use <see cref="Value"/> explicitly where the full number is really needed.
/// Whether the birth date lies in the future is not checked here; compare <see cref="BirthDate"/> with a
/// date supplied by the caller if that matters.
/// </remarks>
public sealed record CitizenIdNumber
{
    /// <summary>Number of characters in a citizen identity number.</summary>
    public const int Length = 18;

    private const int VisiblePrefixLength = 6;
    private const int VisibleSuffixLength = 4;
    private const int BirthDateStart = 6;
    private const string CheckCharacters = "10X98765432";

    // 2^(17 - i) mod 11 for positions i = 1..17.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private CitizenIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The normalised (trimmed, upper-case X) 18-character number.</summary>
    public string Value { get; }

    /// <summary>Birth date encoded in positions 7-14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The number with only the first 6 and last 4 characters visible, e.g. <c>110105********002X</c>.</summary>
    public string Masked => Mask(Value);

    /// <summary>
    /// Validates <paramref name="input"/> after trimming and upper-casing it (so a lower-case x is accepted),
    /// and reports the first problem found. The birth date is checked before the check character.
    /// </summary>
    public static IdentifierCheck Check(string? input) =>
        string.IsNullOrWhiteSpace(input) ? IdentifierCheck.Empty : CheckNormalized(Normalize(input), out _);

    /// <summary>
    /// Parses <paramref name="input"/> (trimmed, upper-cased). Succeeds only when <see cref="Check"/> is
    /// <see cref="IdentifierCheck.Valid"/>.
    /// </summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out CitizenIdNumber? number)
    {
        if (!string.IsNullOrWhiteSpace(input))
        {
            var value = Normalize(input);
            if (CheckNormalized(value, out var birthDate) == IdentifierCheck.Valid)
            {
                number = new CitizenIdNumber(value, birthDate);
                return true;
            }
        }

        number = null;
        return false;
    }

    /// <summary>
    /// Masks a (citizen ID) string for display in lists: the first 6 and last 4 characters stay visible,
    /// every character in between becomes <c>*</c>. A value of 10 characters or fewer is masked entirely,
    /// so nothing is revealed. The value is not validated.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        const int visible = VisiblePrefixLength + VisibleSuffixLength;
        if (value.Length <= visible)
        {
            return new string('*', value.Length);
        }

        return string.Concat(
            value.AsSpan(0, VisiblePrefixLength),
            new string('*', value.Length - visible),
            value.AsSpan(value.Length - VisibleSuffixLength));
    }

    /// <summary>Returns <see cref="Masked"/> so that the full number does not leak into logs.</summary>
    public override string ToString() => Masked;

    private static string Normalize(string input) => input.Trim().ToUpperInvariant();

    private static IdentifierCheck CheckNormalized(string value, out DateOnly birthDate)
    {
        birthDate = default;

        if (value.Length != Length)
        {
            return IdentifierCheck.WrongLength;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return IdentifierCheck.InvalidCharacter;
            }
        }

        var last = value[Length - 1];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            return IdentifierCheck.InvalidCharacter;
        }

        if (!TryReadBirthDate(value, out birthDate))
        {
            return IdentifierCheck.InvalidDate;
        }

        return ComputeCheckCharacter(value) == last
            ? IdentifierCheck.Valid
            : IdentifierCheck.CheckCharacterMismatch;
    }

    /// <summary>Reads yyyyMMdd at positions 7-14; the first 17 characters must already be ASCII digits.</summary>
    private static bool TryReadBirthDate(string value, out DateOnly birthDate)
    {
        var year = ReadNumber(value, BirthDateStart, 4);
        var month = ReadNumber(value, BirthDateStart + 4, 2);
        var day = ReadNumber(value, BirthDateStart + 6, 2);

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            birthDate = default;
            return false;
        }

        birthDate = new DateOnly(year, month, day);
        return true;
    }

    private static int ReadNumber(string value, int start, int length)
    {
        var result = 0;
        for (var i = start; i < start + length; i++)
        {
            result = (result * 10) + (value[i] - '0');
        }

        return result;
    }

    /// <summary>Check character over the first 17 characters, which must already be ASCII digits.</summary>
    private static char ComputeCheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
