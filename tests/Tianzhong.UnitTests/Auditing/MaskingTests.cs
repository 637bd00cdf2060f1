using Tianzhong.Kernel.Auditing;
using Xunit;

namespace Tianzhong.UnitTests.Auditing;

/// <summary>Personal data in lists and logs: phones keep 3 + 4 digits, ID numbers 6 + 4, short values nothing.</summary>
public sealed class MaskingTests
{
    [Fact]
    public void MobilePhoneKeepsThreeAndFour()
    {
        Assert.Equal("138****5678", Masking.Mask("13812345678"));
    }

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("411702199001011234", "411702********1234")]
    public void CitizenIdKeepsSixAndFour(string id, string expected)
    {
        var masked = Masking.Mask(id);

        Assert.Equal(expected, masked);
        Assert.Equal(18, masked.Length);
        Assert.Equal(id[..6] + new string('*', 8) + id[^4..], masked);
    }

    [Theory]
    [InlineData("a", "*")]
    [InlineData("ab", "**")]
    [InlineData("abc", "***")]
    [InlineData("1234", "****")]
    public void ShortValuesAreFullyMasked(string value, string expected)
    {
        Assert.Equal(expected, Masking.Mask(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NullOrEmptyBecomesEmpty(string? value)
    {
        Assert.Equal(string.Empty, Masking.Mask(value));
    }

    [Theory]
    [InlineData("12345", "1***5")]
    [InlineData("abcdefgh", "ab****gh")]
    [InlineData("0396-2688123", "039*****8123")]
    [InlineData("zhang.san@example.cn", "zha*************e.cn")]
    public void OtherValuesKeepAtMostAThirdAtTheEnds(string value, string expected)
    {
        var masked = Masking.Mask(value);

        Assert.Equal(expected, masked);
        Assert.Equal(value.Length, masked.Length);
        Assert.True(masked.Count(c => c != '*') <= 2 * value.Length / 3);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("11010519491231002X")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    public void MaskedValueHasTheSameLengthAndHidesTheMiddle(string value)
    {
        var masked = Masking.Mask(value);

        Assert.Equal(value.Length, masked.Length);
        Assert.Equal('*', masked[value.Length / 2]);
        Assert.NotEqual(value, masked);
    }
}
