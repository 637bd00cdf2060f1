using System.Globalization;
using Tianzhong.Kernel.Identifiers;
using Xunit;

namespace Tianzhong.UnitTests.Kernel;

public sealed class CitizenIdNumberTests
{
    // The example printed in GB 11643-1999 itself.
    private const string StandardExample = "11010519491231002X";

    private const string CheckAlphabet = "0123456789X";

    [Fact]
    public void ExampleFromTheStandardIsValid()
    {
        Assert.Equal(IdentifierCheck.Valid, CitizenIdNumber.Check(StandardExample));
        Assert.True(CitizenIdNumber.TryParse(StandardExample, out var parsed));

        Assert.Equal(StandardExample, parsed.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), parsed.BirthDate);
        Assert.Equal("110105********002X", parsed.Masked);
    }

    [Fact]
    public void TestOracleAgreesWithTheStandardExample()
    {
        Assert.Equal('X', ExpectedCheckCharacter(StandardExample[..17]));
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X ")]
    [InlineData("\t11010519491231002x\n")]
    public void LowerCaseXAndSurroundingWhitespaceAreAccepted(string input)
    {
        Assert.Equal(IdentifierCheck.Valid, CitizenIdNumber.Check(input));
        Assert.True(CitizenIdNumber.TryParse(input, out var parsed));
        Assert.Equal(StandardExample, parsed.Value);
    }

    [Theory]
    [InlineData("110105", "19491231", "001")]
    [InlineData("440304", "20000229", "123")] // leap day in a year divisible by 400
    [InlineData("310115", "20230101", "001")]
    [InlineData("650102", "19991231", "998")]
    [InlineData("510107", "19840607", "555")]
    public void NumbersBuiltWithTheAlgorithmAreValidAndEveryOtherCheckCharacterFails(
        string addressCode,
        string birthDate,
        string sequence)
    {
        var first17 = addressCode + birthDate + sequence;
        var expectedCheck = ExpectedCheckCharacter(first17);
        var valid = first17 + expectedCheck;

        Assert.Equal(IdentifierCheck.Valid, CitizenIdNumber.Check(valid));
        Assert.True(CitizenIdNumber.TryParse(valid, out var parsed));
        Assert.Equal(DateOnly.ParseExact(birthDate, "yyyyMMdd", CultureInfo.InvariantCulture), parsed.BirthDate);

        foreach (var wrong in CheckAlphabet)
        {
            if (wrong != expectedCheck)
            {
                Assert.Equal(IdentifierCheck.CheckCharacterMismatch, CitizenIdNumber.Check(first17 + wrong));
            }
        }
    }

    [Theory]
    [InlineData("19900230")] // 30 February
    [InlineData("19000229")] // 1900 is not a leap year
    [InlineData("20230229")]
    [InlineData("20230431")]
    [InlineData("20231301")]
    [InlineData("20230001")]
    [InlineData("20230100")]
    [InlineData("00000101")]
    public void ImpossibleBirthDateIsReported(string birthDate)
    {
        // The check character is correct, so only the date can be at fault.
        var first17 = "440304" + birthDate + "123";
        var input = first17 + ExpectedCheckCharacter(first17);

        Assert.Equal(IdentifierCheck.InvalidDate, CitizenIdNumber.Check(input));
        Assert.False(CitizenIdNumber.TryParse(input, out var parsed));
        Assert.Null(parsed);
    }

    [Theory]
    [InlineData("110105194912310021")] // check character should be X
    [InlineData("11010519491231003X")] // sequence 002 -> 003, check character not updated
    [InlineData("110105194912310014")] // 110105194912310015 with a wrong check character
    public void WrongCheckCharacterIsReported(string input)
    {
        Assert.Equal(IdentifierCheck.CheckCharacterMismatch, CitizenIdNumber.Check(input));
        Assert.False(CitizenIdNumber.TryParse(input, out _));
    }

    [Theory]
    [InlineData("110105491231002")] // old 15-digit number
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002XX")]
    public void WrongLengthIsReported(string input)
    {
        Assert.Equal(IdentifierCheck.WrongLength, CitizenIdNumber.Check(input));
        Assert.False(CitizenIdNumber.TryParse(input, out _));
    }

    [Theory]
    [InlineData("1101051949123100X2")] // X only allowed as the last character
    [InlineData("11010519491231002Y")]
    [InlineData("A1010519491231002X")]
    [InlineData("110105-9491231002X")]
    [InlineData("１10105194912310021")] // full-width digit
    public void InvalidCharacterIsReported(string input)
    {
        Assert.Equal(IdentifierCheck.InvalidCharacter, CitizenIdNumber.Check(input));
        Assert.False(CitizenIdNumber.TryParse(input, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void MissingInputIsEmpty(string? input)
    {
        Assert.Equal(IdentifierCheck.Empty, CitizenIdNumber.Check(input));
        Assert.False(CitizenIdNumber.TryParse(input, out _));
    }

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("110105194912310015", "110105********0015")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345678901", "123456*8901")]
    [InlineData("1234567890", "**********")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    public void MaskKeepsTheFirstSixAndLastFourCharacters(string value, string expected)
    {
        Assert.Equal(expected, CitizenIdNumber.Mask(value));
    }

    [Fact]
    public void ToStringDoesNotRevealTheFullNumber()
    {
        Assert.True(CitizenIdNumber.TryParse(StandardExample, out var parsed));

        Assert.Equal("110105********002X", parsed.ToString());
        Assert.Equal("110105********002X", $"{parsed}");
    }

    [Fact]
    public void EqualNumbersAreEqual()
    {
        Assert.True(CitizenIdNumber.TryParse(StandardExample, out var first));
        Assert.True(CitizenIdNumber.TryParse("11010519491231002x", out var second));

        Assert.Equal(first, second);
    }

    /// <summary>
    /// Independent oracle: ISO 7064 MOD 11-2 as described in GB 11643, with the weight of position i
    /// (1-based) computed as 2^(18 - i) mod 11 and the check value as (12 - sum mod 11) mod 11, 10 written X.
    /// </summary>
    private static char ExpectedCheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (1 << (17 - i)) % 11;
            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
