using Tianzhong.Kernel.Identifiers;
using Xunit;

namespace Tianzhong.UnitTests.Kernel;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string HuaweiCode = "914403001922038216";

    // Real codes of well-known companies. Each one passes the GB 32100 check character.
    // 华为技术有限公司: zh.wikipedia.org infobox of 華為 (机构代码 914403001922038216).
    // 深圳市腾讯计算机系统有限公司: business-licence report on check-china.com (example_report/en/8).
    // 腾讯科技（深圳）有限公司, 比亚迪股份有限公司, 中兴通讯股份有限公司, 阿里巴巴（中国）网络技术有限公司:
    // published codes, the same attribution found in several independent public data sets.
    [Theory]
    [InlineData("华为技术有限公司", "914403001922038216")]
    [InlineData("深圳市腾讯计算机系统有限公司", "91440300708461136T")]
    [InlineData("腾讯科技（深圳）有限公司", "9144030071526726XG")]
    [InlineData("比亚迪股份有限公司", "91440300192317458F")]
    [InlineData("中兴通讯股份有限公司", "9144030027939873X7")]
    [InlineData("阿里巴巴（中国）网络技术有限公司", "91330100716105852F")]
    public void PublishedCodesOfWellKnownCompaniesAreValid(string company, string code)
    {
        Assert.Equal(IdentifierCheck.Valid, UnifiedSocialCreditCode.Check(code));
        Assert.True(UnifiedSocialCreditCode.TryParse(code, out var parsed), company);
        Assert.Equal(code, parsed.Value);
        Assert.False(parsed.IsLegacyOverride);
        Assert.Equal(code[17], UnifiedSocialCreditCode.ComputeCheckCharacter(code[..17]));
    }

    [Theory]
    [InlineData("9144030071526726xg", "9144030071526726XG")]
    [InlineData("  91440300708461136t\t", "91440300708461136T")]
    [InlineData("91330100716105852f", "91330100716105852F")]
    public void LowerCaseAndSurroundingWhitespaceAreNormalised(string input, string expected)
    {
        Assert.Equal(IdentifierCheck.Valid, UnifiedSocialCreditCode.Check(input));
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var parsed));
        Assert.Equal(expected, parsed.Value);
        Assert.Equal(expected, parsed.ToString());
    }

    [Fact]
    public void PartsOfTheCodeAreExposed()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(HuaweiCode, out var parsed));

        Assert.Equal('9', parsed.RegistrationAuthorityCode);
        Assert.Equal('1', parsed.OrganisationTypeCode);
        Assert.Equal("440300", parsed.AdministrativeDivisionCode);
        Assert.Equal("192203821", parsed.OrganisationCode);
    }

    [Theory]
    [InlineData("914403001922038226")] // Huawei, position 17: 1 -> 2
    [InlineData("914403001922038217")] // Huawei, check character: 6 -> 7
    [InlineData("91440300192317459F")] // BYD, position 17: 8 -> 9
    [InlineData("9144030071526726YG")] // Tencent Technology, position 17: X -> Y
    [InlineData("91440300192317458E")] // BYD, check character: F -> E
    public void OneCharacterTypoIsACheckCharacterMismatch(string input)
    {
        Assert.Equal(IdentifierCheck.CheckCharacterMismatch, UnifiedSocialCreditCode.Check(input));
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void EverySingleCharacterSubstitutionIsDetected()
    {
        // 31 is prime and no weight is a multiple of 31, so any single substitution changes the sum mod 31.
        for (var position = 0; position < UnifiedSocialCreditCode.Length; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet)
            {
                if (replacement == HuaweiCode[position])
                {
                    continue;
                }

                var mutated = HuaweiCode.ToCharArray();
                mutated[position] = replacement;
                Assert.NotEqual(IdentifierCheck.Valid, UnifiedSocialCreditCode.Check(new string(mutated)));
            }
        }
    }

    [Theory]
    [InlineData("91440300192203821")]
    [InlineData("9144030019220382166")]
    [InlineData("9144 0300 1922 0382 16")]
    [InlineData("1")]
    public void WrongLengthIsReported(string input)
    {
        Assert.Equal(IdentifierCheck.WrongLength, UnifiedSocialCreditCode.Check(input));
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingInputIsEmpty(string? input)
    {
        Assert.Equal(IdentifierCheck.Empty, UnifiedSocialCreditCode.Check(input));
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _));
    }

    [Theory]
    [InlineData("9144030071526726IG")]
    [InlineData("9144030071526726OG")]
    [InlineData("9144030071526726ZG")]
    [InlineData("9144030071526726SG")]
    [InlineData("9144030071526726VG")]
    [InlineData("9144030071526726ig")] // upper-cased to I, still forbidden
    [InlineData("91A403001922038216")] // letter inside the administrative division code
    [InlineData("91440300192203821-")]
    [InlineData("９14403001922038216")] // full-width digit
    public void ForbiddenCharacterIsReported(string input)
    {
        Assert.Equal(IdentifierCheck.InvalidCharacter, UnifiedSocialCreditCode.Check(input));
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _));
    }

    [Fact]
    public void LegacyOverrideAcceptsAWrongCheckCharacterAndFlagsIt()
    {
        const string legacy = "914403001922038217";
        Assert.False(UnifiedSocialCreditCode.TryParse(legacy, out _));

        var code = UnifiedSocialCreditCode.CreateLegacy(" 914403001922038217 ");

        Assert.Equal(legacy, code.Value);
        Assert.True(code.IsLegacyOverride);
    }

    [Fact]
    public void LegacyOverrideOfAValidCodeIsNotFlagged()
    {
        var code = UnifiedSocialCreditCode.CreateLegacy("9144030071526726xg");

        Assert.Equal("9144030071526726XG", code.Value);
        Assert.False(code.IsLegacyOverride);
    }

    [Theory]
    [InlineData("9144030071526726IG")]
    [InlineData("91A403001922038217")]
    [InlineData("91440300192203821")]
    [InlineData("")]
    [InlineData("   ")]
    public void LegacyOverrideRefusesAnythingButACheckCharacterMismatch(string input)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CreateLegacy(input));
    }

    [Fact]
    public void LegacyOverrideRefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.CreateLegacy(null!));
    }

    [Theory]
    [InlineData("9144030019220382")]
    [InlineData("914403001922038216")]
    [InlineData("9144030019220382I")]
    [InlineData("9144030019220382a")]
    public void ComputeCheckCharacterRefusesMalformedInput(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void EqualCodesAreEqual()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(HuaweiCode, out var first));
        Assert.True(UnifiedSocialCreditCode.TryParse(HuaweiCode.ToLowerInvariant(), out var second));

        Assert.Equal(first, second);
    }
}
