namespace Tianzhong.Kernel.Identifiers;

/// <summary>
/// Outcome of validating a national identifier (unified social credit code, citizen ID number).
/// Members are ordered roughly by the order in which the checks run; only the first failure is reported.
/// </summary>
public enum IdentifierCheck
{
    /// <summary>The input is a well-formed identifier whose check character matches.</summary>
    Valid = 0,

    /// <summary>The input is null, empty or whitespace only.</summary>
    Empty,

    /// <summary>The input (after trimming) does not have the required number of characters.</summary>
    WrongLength,

    /// <summary>The input contains a character that is not allowed at its position.</summary>
    InvalidCharacter,

    /// <summary>The structure is fine but the last character does not match the computed check character.</summary>
    CheckCharacterMismatch,

    /// <summary>An embedded date (e.g. the birth date of a citizen ID number) is not a real calendar date.</summary>
    InvalidDate,
}
