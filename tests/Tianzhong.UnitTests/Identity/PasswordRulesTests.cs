using Tianzhong.Modules.Identity.Domain;
using Tianzhong.Modules.Identity.Features.SignIn;
using Xunit;

namespace Tianzhong.UnitTests.Identity;

/// <summary>
/// The platform password rule: at least 10 characters, at least 3 of the 4 classes (upper, lower, digit, symbol),
/// not in the shipped common-password list (compared case-insensitively).
/// </summary>
public sealed class PasswordRulesTests
{
    // The real shipped list, loaded the way the application loads it.
    private static readonly PasswordRules Shipped = PlatformPasswordValidator.LoadRules();

    [Fact]
    public void RuleConstantsAreTheDocumentedOnes()
    {
        Assert.Equal(10, PasswordRules.MinimumLength);
        Assert.Equal(3, PasswordRules.RequiredCharacterClasses);
    }

    [Theory]
    [InlineData("Str0ng!Passw0rd#2026")]
    [InlineData("Zmd-Invest-2026")]
    [InlineData("tianZhong42x")]
    [InlineData("TIANZHONG#42")]
    [InlineData("tianzhong#42")]
    [InlineData("Tianzhong#Plan")]
    public void GoodPasswordsHaveNoProblems(string password)
    {
        Assert.Empty(Shipped.Check(password));
    }

    [Theory]
    [InlineData("Ab1!")]
    [InlineData("Abcdef1!")]
    [InlineData("Abcdefg1!")] // 9 characters: one short
    public void ShortPasswordsAreTooShort(string password)
    {
        Assert.Equal([PasswordProblem.TooShort], Shipped.Check(password));
    }

    [Theory]
    [InlineData("Abcdefgh1!")] // exactly 10
    [InlineData("Xy9#Xy9#Xy")] // exactly 10
    public void ExactlyTenCharactersIsLongEnough(string password)
    {
        Assert.Equal(PasswordRules.MinimumLength, password.Length);
        Assert.Empty(Shipped.Check(password));
    }

    [Theory]
    [InlineData("abcdefghijKLM")] // lower + upper
    [InlineData("abcdefgh12345")] // lower + digit
    [InlineData("ABCDEFGH!@#$%")] // upper + symbol
    [InlineData("1234567890!!")] // digit + symbol
    [InlineData("abcdefghijklmno")] // one class
    public void TwoClassesOrFewerAreRefused(string password)
    {
        Assert.Equal([PasswordProblem.TooFewCharacterClasses], Shipped.Check(password));
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("password123!")]
    [InlineData("PASSWORD123!")]
    [InlineData("P@ssw0rd123!")]
    [InlineData("Zhumadian@123")]
    [InlineData("Qwerty@123")]
    public void CommonPasswordsAreRefusedWhateverTheCase(string password)
    {
        Assert.Equal([PasswordProblem.Common], Shipped.Check(password));
    }

    [Fact]
    public void ProblemsAccumulate()
    {
        var rules = new PasswordRules(new HashSet<string>(["abc"], StringComparer.Ordinal));

        Assert.Equal([PasswordProblem.TooShort, PasswordProblem.TooFewCharacterClasses, PasswordProblem.Common], rules.Check("ABC"));
        Assert.Equal([PasswordProblem.TooShort, PasswordProblem.TooFewCharacterClasses], Shipped.Check("abc"));
    }

    [Fact]
    public void EmptyListAcceptsWhatTheShippedListRefuses()
    {
        var noList = new PasswordRules(new HashSet<string>(StringComparer.Ordinal));

        Assert.Empty(noList.Check("Password123!"));
        Assert.NotEmpty(Shipped.Check("Password123!"));
    }

    [Fact]
    public void NullPasswordIsRejectedAsAnArgument()
    {
        Assert.Throws<ArgumentNullException>(() => Shipped.Check(null!));
        Assert.Throws<ArgumentNullException>(() => PasswordRules.CharacterClasses(null!));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 1)]
    [InlineData("ABC", 1)]
    [InlineData("123", 1)]
    [InlineData("!?#", 1)]
    [InlineData("aB", 2)]
    [InlineData("a1", 2)]
    [InlineData("a!", 2)]
    [InlineData("aB1", 3)]
    [InlineData("aB!", 3)]
    [InlineData("aB1!", 4)]
    [InlineData("aaaaBBBB1111____", 4)] // repetition does not add classes; underscore is a symbol
    public void CharacterClassesCountsEachClassOnce(string password, int expected)
    {
        Assert.Equal(expected, PasswordRules.CharacterClasses(password));
    }

    [Theory]
    [InlineData("abc def", 1)] // a space is not a symbol
    [InlineData("abc\tdef", 1)] // nor is any other white space
    [InlineData("abc-def", 2)]
    [InlineData("abc.def", 2)]
    [InlineData("abc~def", 2)]
    [InlineData("abc€def", 2)] // non-ASCII symbols count
    [InlineData("abc。def", 2)] // so does Chinese punctuation
    public void SymbolsAreAnythingButLettersDigitsAndWhiteSpace(string password, int expected)
    {
        Assert.Equal(expected, PasswordRules.CharacterClasses(password));
    }

    [Fact]
    public void SpacesDoNotMakeUpAMissingClass()
    {
        // lower + digit + spaces: still only two classes.
        Assert.Equal([PasswordProblem.TooFewCharacterClasses], Shipped.Check("abcde 12345"));
        Assert.Empty(Shipped.Check("abcde 1234!"));
    }
}
