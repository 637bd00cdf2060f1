using Tianzhong.Kernel.Text;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Investors;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class InvestorsTests
{
    private static readonly Guid InvestorA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid InvestorB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Theory]
    [InlineData("比亚迪股份有限公司", "比亚迪")]
    [InlineData("  华为技术（深圳）有限公司 ", "华为技术深圳")]
    [InlineData("牧原集团有限公司", "牧原")]
    [InlineData("驻马店 冷链物流 项目", "驻马店冷链物流")]
    [InlineData("abc Foods Co.", "ABCFOODSCO")]
    public void Normalising_drops_spaces_punctuation_and_legal_form_suffixes(string name, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Theory]
    [InlineData("中国建材集团有限公司", "中国建材集团", true)]
    [InlineData("中国建材股份有限公司", "中国建材有限公司", true)]
    [InlineData("正大食品企业（驻马店）有限公司", "正大食品企业", true)]
    [InlineData("华润", "华润置地有限公司", false)]
    [InlineData("中信重工机械股份有限公司", "中信重工开诚智能装备有限公司", false)]
    [InlineData("公司", "集团", false)]
    public void Similar_names_are_equal_once_normalised_or_contain_each_other_with_at_least_four_characters(string first, string second, bool similar)
    {
        Assert.Equal(similar, NameNormaliser.AreSimilar(first, second));
        Assert.Equal(similar, NameNormaliser.AreSimilar(second, first));
    }

    [Fact]
    public void A_double_claim_needs_two_units_a_shared_investor_and_the_same_normalised_name()
    {
        Assert.True(DoubleClaimRules.AreSameClaim("411722", "智能装备产业园项目", [InvestorA], "411723", "智能装备产业园", [InvestorB, InvestorA]));
        Assert.False(DoubleClaimRules.AreSameClaim("411722", "智能装备产业园项目", [InvestorA], "411722", "智能装备产业园", [InvestorA]));
        Assert.False(DoubleClaimRules.AreSameClaim("411722", "智能装备产业园项目", [InvestorA], "411723", "智能装备产业园", [InvestorB]));
        Assert.False(DoubleClaimRules.AreSameClaim("411722", "智能装备产业园", [InvestorA], "411723", "智能装备产业园二期", [InvestorA]));
        Assert.False(DoubleClaimRules.AreSameClaim("411722", "智能装备产业园", [], "411723", "智能装备产业园", []));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", true)]
    [InlineData("0.6", true)]
    [InlineData("0.3333", true)]
    [InlineData("0.33333", false)]
    [InlineData("-0.0001", false)]
    [InlineData("1.0001", false)]
    public void A_share_is_between_0_and_1_with_at_most_four_decimals(string share, bool valid) =>
        Assert.Equal(valid, DoubleClaimRules.IsValidShare(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Deciding_splits_the_count_and_the_shares_add_up_to_one()
    {
        var now = new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);
        var figures = new ProjectFigures("产业园", "food", null, CapitalSource.Local, 50_000m, null, null, null, null, null, null, null, null, null, null, null, false);
        var first = Project.Register("411722", figures, now);
        var second = Project.Register("411723", figures, now.AddMinutes(1));
        var claim = DoubleClaim.Detect(first, second, InvestorA, now);
        Assert.Equal(1m, first.CountShare);
        Assert.Equal(0m, second.CountShare);

        claim.Decide(first, second, 0.6m, "city", " 按协议 ", now);
        Assert.Equal(0.6m, first.CountShare);
        Assert.Equal(0.4m, second.CountShare);
        Assert.Equal(ClaimStatus.Decided, claim.Status);
        Assert.Equal("按协议", claim.Remark);
        Assert.Throws<ArgumentException>(() => claim.Decide(second, first, 1m, "city", null, now));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("19912345678", true)]
    [InlineData("138 1234 5678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("138123456789", false)]
    [InlineData("0396-2822222", true)]
    [InlineData("03962822222", true)]
    [InlineData("010-12345678", true)]
    [InlineData("0396-2822222-801", true)]
    [InlineData("2822222", false)]
    [InlineData("0396-28222", false)]
    [InlineData("１３８１２３４５６７８", false)]
    public void Phones_are_mainland_mobiles_or_landlines_with_area_code(string phone, bool valid) =>
        Assert.Equal(valid, ContactRules.IsValidPhone(phone));

    [Theory]
    [InlineData("zhangsan@example.com", true)]
    [InlineData("li.si+invest@byd.com.cn", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("a@b", false)]
    [InlineData("a b@example.com", false)]
    [InlineData("@example.com", false)]
    public void E_mails_need_a_local_part_and_a_dotted_domain(string email, bool valid) =>
        Assert.Equal(valid, ContactRules.IsValidEmail(email));

    [Fact]
    public void Contact_checks_name_each_bad_field()
    {
        Assert.Empty(ContactRules.Check("张三", "总监", "13812345678", "zs@example.com"));
        Assert.Empty(ContactRules.Check("张三", null, null, null));
        var problems = ContactRules.Check(" ", new string('x', 65), "123", "x@");
        Assert.Equal([("name", ContactProblem.Required), ("title", ContactProblem.TooLong), ("phone", ContactProblem.BadPhone), ("email", ContactProblem.BadEmail)], problems);
    }

    [Fact]
    public void Lists_show_masked_phones_and_e_mails()
    {
        var contact = Contact.Add(InvestorA, "张三", null, "13812345678", "zhangsan@example.com");
        var masked = ContactView.Masked(contact);
        Assert.Equal("138****5678", masked.Phone);
        Assert.Equal("zh****an@example.com", masked.Email);
        Assert.True(masked.IsMasked);
        Assert.Equal("13812345678", ContactView.Full(contact).Phone);
    }
}
