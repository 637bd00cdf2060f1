using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tianzhong.Modules.Supervision.Domain;
using Tianzhong.Modules.Supervision.Features.Bulletins;
using Tianzhong.Modules.Supervision.Resources;
using Xunit;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Tianzhong.UnitTests.Supervision;

/// <summary>Each bulletin is generated, opened with DocumentFormat.OpenXml and checked against GB/T 9704-2012 and its figures.</summary>
public sealed class BulletinTests
{
    private const string Body = "驻马店市招商投资促进局";
    private static readonly DateOnly IssuedOn = new(2026, 11, 26);

    private static readonly BulletinWriter Writer = new(new StringLocalizer<BulletinText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    // Given out of rank order; 西平县 and 上蔡县 tie at rank 3.
    private static readonly RankingBulletinRow[] Rows =
    [
        new(6, "新蔡县", 60m, -2, 15000m, 0.35m, 52000m, 0.401m, 0m, 0m, 1m, 0m, 1m, ProgressStatus.Red),
        new(3, "西平县", 80m, -1, 90000m, 0.80m, 150000m, 0.78m, 3m, 0m, 2m, 2m, 4m, ProgressStatus.Yellow),
        new(1, "驿城区", 92.5m, 2, 125000m, 0.90m, 300000m, 0.875m, 5m, 1m, 4m, 3m, 6m, ProgressStatus.Green),
        new(3, "上蔡县", 80m, null, 88000m, 0.79m, 160000m, 0.79m, 2.5m, 0m, 2m, 1m, 3m, ProgressStatus.Yellow),
        new(5, "平舆县", 70.4m, 0, 20000m, null, 70000m, 0.5m, 1m, 0m, 1m, 1m, 2m, ProgressStatus.Red),
        new(2, "遂平县", 88.25m, 1, 110000m, 0.86m, 250000m, 0.84m, 4m, 1m, 3m, 2m, 5m, ProgressStatus.Green),
    ];

    private static MonthlyRankingBulletin Monthly(params string[] notes) => new(
        new BulletinHeader(Body, "全市招商引资工作月通报", "2026年第10期", IssuedOn), 2026, 10, 10m / 12m, Rows, notes);

    private static TripsBulletin Weekly() => new(
        new BulletinHeader(Body, "全市主要领导外出招商周动态", "2026年第47期", IssuedOn),
        new DateOnly(2026, 11, 16),
        new DateOnly(2026, 11, 22),
        [
            new("驿城区", "张伟", "区委书记", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), "上海市", ["上汽集团", "宝钢股份"], "达成专用车零部件项目合作意向。"),
            new("遂平县", "李强", "县长", new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17), "郑州市", [], "洽谈食品产业园项目。"),
            new("驿城区", "王芳", "区长", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 17), "深圳市", ["比亚迪"], ""),
        ],
        ["正阳县", "确山县"]);

    private static BatchesBulletin Quarterly() => new(
        new BulletinHeader(Body, "全市“三个一批”项目建设通报", "2026年第3期", IssuedOn),
        "2026年第三季度",
        [
            new("驿城区", 3, 150000m, 2, 80000m, 1, 20000m),
            new("西平县", 1, 12500m, 0, 0m, 2, 35000m),
        ],
        [
            new("驿城区", "专用车底盘项目", BatchCategories.Signed, new DateOnly(2026, 8, 5), 100000m),
            new("驿城区", "冷链物流园项目", BatchCategories.Signed, new DateOnly(2026, 7, 9), 30000m),
            new("西平县", "畜牧机械项目", BatchCategories.InProduction, new DateOnly(2026, 9, 1), 20000m),
        ],
        [new("2026年第三季度集中签约活动", new DateOnly(2026, 9, 20), "驻马店国际会展中心", 12, 860000m)]);

    private static byte[] Generate(Func<BulletinWriter, byte[]> write)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return write(Writer);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static List<Paragraph> BodyParagraphs(WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

    private static Paragraph ParagraphWith(WordprocessingDocument doc, string text) => BodyParagraphs(doc).Single(p => p.InnerText == text);

    private static RunProperties FirstRun(Paragraph p) => p.Elements<Run>().First().RunProperties!;

    private static List<List<string>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

    [Fact]
    public void Page_is_A4_with_the_standard_margins_and_22_lines()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);    // 37 mm
        Assert.Equal(1587u, margin.Left!.Value);  // 28 mm
        Assert.Equal(1474u, margin.Right!.Value); // 210 - 28 - 156 = 26 mm
        Assert.Equal(1984, margin.Bottom!.Value); // 297 - 37 - 225 = 35 mm
        Assert.Equal(579, section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
    }

    [Fact]
    public void Masthead_title_and_body_use_the_official_fonts_and_sizes()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var paragraphs = BodyParagraphs(doc);

        Assert.Equal(Body, paragraphs[0].InnerText);
        var issuer = FirstRun(paragraphs[0]);
        Assert.Equal("方正小标宋简体", issuer.RunFonts!.EastAsia!.Value);
        Assert.Equal("C00000", issuer.Color!.Val!.Value);
        Assert.Equal(JustificationValues.Center, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);

        Assert.Equal("2026年第10期", paragraphs[1].InnerText);
        var line = paragraphs[1].ParagraphProperties!.ParagraphBorders!.GetFirstChild<BottomBorder>()!;
        Assert.Equal("C00000", line.Color!.Value);
        Assert.Equal(BorderValues.Single, line.Val!.Value);

        var title = ParagraphWith(doc, "全市招商引资工作月通报");
        Assert.Equal("方正小标宋简体", FirstRun(title).RunFonts!.EastAsia!.Value);
        Assert.Equal("44", FirstRun(title).FontSize!.Val!.Value);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);

        var intro = ParagraphWith(doc, "现将2026年10月全市招商引资工作排名情况通报如下（时间进度83.3%）。");
        Assert.Equal("仿宋_GB2312", FirstRun(intro).RunFonts!.EastAsia!.Value);
        Assert.Equal("32", FirstRun(intro).FontSize!.Val!.Value);
        var properties = intro.ParagraphProperties!;
        Assert.Equal(200, properties.Indentation!.FirstLineChars!.Value);
        Assert.Equal("640", properties.Indentation.FirstLine!.Value);
        Assert.Equal("579", properties.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, properties.SpacingBetweenLines.LineRule!.Value);

        Assert.Equal("黑体", FirstRun(ParagraphWith(doc, "一、总体情况")).RunFonts!.EastAsia!.Value);
        Assert.Equal("32", FirstRun(ParagraphWith(doc, "二、各单位排名及指标完成情况")).FontSize!.Val!.Value);
    }

    [Fact]
    public void Monthly_text_names_the_leaders_the_laggards_and_the_red_units_against_time_progress()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        ParagraphWith(doc, "综合排名前三位的单位是：驿城区（92.50分）、遂平县（88.25分）、西平县（80.00分）。");
        ParagraphWith(doc, "排名后三位的单位是：上蔡县（80.00分）、平舆县（70.40分）、新蔡县（60.00分）。");
        ParagraphWith(doc, "对照时间进度83.3%，2个单位主要指标完成率明显滞后（红色）：平舆县、新蔡县，请加快工作进度。");
        ParagraphWith(doc, "2个单位略低于时间进度（黄色）：西平县、上蔡县。");
    }

    [Fact]
    public void Monthly_table_lists_the_units_in_rank_order_with_their_figures_and_a_repeated_header()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal("黑体", rows[0].Descendants<RunFonts>().First().EastAsia!.Value);

        var cells = Cells(table);
        Assert.Equal(["排名", "单位", "得分", "较上月", "省外资金（亿元）", "完成率", "市外资金（亿元）", "完成率", "签约亿元以上项目", "签约10亿元以上项目", "开工项目", "投产项目", "外出招商", "状态"], cells[0]);
        Assert.Equal(["驿城区", "遂平县", "西平县", "上蔡县", "平舆县", "新蔡县"], cells.Skip(1).Select(r => r[1]));
        Assert.Equal(["1", "2", "3", "3", "5", "6"], cells.Skip(1).Select(r => r[0]));
        Assert.Equal(["1", "驿城区", "92.50", "↑2", "12.50", "90.0%", "30.00", "87.5%", "5", "1", "4", "3", "6", "绿"], cells[1]);
        Assert.Equal(["3", "上蔡县", "80.00", "新", "8.80", "79.0%", "16.00", "79.0%", "2.5", "0", "2", "1", "3", "黄"], cells[4]);
        Assert.Equal(["5", "平舆县", "70.40", "—", "2.00", "—", "7.00", "50.0%", "1", "0", "1", "1", "2", "红"], cells[5]);
        Assert.Equal("↓2", cells[6][3]);
        Assert.Equal("40.1%", cells[6][7]);

        var table0 = rows[1].Descendants<RunFonts>().First();
        Assert.Equal("仿宋_GB2312", table0.EastAsia!.Value);
    }

    [Fact]
    public void Monthly_charts_the_completion_rates_against_time_progress()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var main = doc.MainDocumentPart!;
        var chart = main.ChartParts.Single().ChartSpace;
        var reference = main.Document.Body!.Descendants<C.ChartReference>().Single();
        Assert.Same(main.ChartParts.Single(), main.GetPartById(reference.Id!.Value!));

        var title = string.Concat(chart.Descendants<C.Title>().Single().Descendants<A.Text>().Select(t => t.Text));
        Assert.Equal("各单位省外、市外资金完成率（时间进度83.3%）", title);
        var bars = chart.Descendants<C.BarChartSeries>().ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(["驿城区", "遂平县", "西平县", "上蔡县", "平舆县", "新蔡县"], bars[0].GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.InnerText));
        Assert.Equal("省外资金完成率", bars[0].GetFirstChild<C.SeriesText>()!.Descendants<C.StringPoint>().Single().InnerText);
        // 平舆县 has no 省外 target: its point is left out (index 4), the others carry the fractions.
        var points = bars[0].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().ToDictionary(p => p.Index!.Value, p => decimal.Parse(p.InnerText, CultureInfo.InvariantCulture));
        Assert.Equal(new Dictionary<uint, decimal> { [0] = 0.90m, [1] = 0.86m, [2] = 0.80m, [3] = 0.79m, [5] = 0.35m }, points);
        var line = chart.Descendants<C.LineChartSeries>().Single();
        Assert.All(line.Descendants<C.NumericPoint>(), p => Assert.Equal(10m / 12m, decimal.Parse(p.InnerText, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Status_cells_are_shaded_green_yellow_and_red()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var rows = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().Skip(1).ToList();
        var fills = rows.Select(r => r.Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<Shading>()!.Fill!.Value).ToList();
        Assert.Equal(["00B050", "00B050", "FFFF00", "FFFF00", "FF0000", "FF0000"], fills);
        Assert.Null(rows[0].Elements<TableCell>().First().TableCellProperties!.GetFirstChild<Shading>());
    }

    [Fact]
    public void A_unit_without_a_target_shows_a_dash_unshaded_and_a_short_list_names_no_laggards()
    {
        var bulletin = Monthly() with { Rows = [new(1, "经济开发区", 50m, null, 0m, null, 0m, null, 0m, 0m, 0m, 0m, 0m, ProgressStatus.None)] };
        using var doc = Open(Generate(w => w.Monthly(bulletin)));
        var row = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().Last();
        var status = row.Elements<TableCell>().Last();
        Assert.Equal("—", status.InnerText);
        Assert.Null(status.TableCellProperties!.GetFirstChild<Shading>());
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("综合排名前三位的单位是：经济开发区（50.00分）。", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("排名后三位", StringComparison.Ordinal));
        Assert.Contains("对照时间进度83.3%，没有单位处于红色状态。", texts);
    }

    [Fact]
    public void Adjustment_notes_get_their_own_heading_only_when_present()
    {
        using (var doc = Open(Generate(w => w.Monthly(Monthly("驿城区9月省外资金由1.20亿元更正为1.35亿元。", "西平县9月开工项目由2个更正为1个。")))))
        {
            var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
            var heading = texts.IndexOf("三、往月数据调整");
            Assert.True(heading > 0);
            Assert.Equal("1. 驿城区9月省外资金由1.20亿元更正为1.35亿元。", texts[heading + 1]);
            Assert.Equal("2. 西平县9月开工项目由2个更正为1个。", texts[heading + 2]);
        }

        using (var doc = Open(Generate(w => w.Monthly(Monthly()))))
        {
            Assert.DoesNotContain(BodyParagraphs(doc), p => p.InnerText.Contains("往月数据调整", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Footers_carry_the_page_field_with_dashes_right_on_odd_and_left_on_even_pages()
    {
        using var doc = Open(Generate(w => w.Monthly(Monthly())));
        var main = doc.MainDocumentPart!;
        Assert.NotNull(main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var references = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)main.GetPartById(r.Id!.Value!));
        Assert.Equal(2, references.Count);

        foreach (var (type, side) in new[] { (HeaderFooterValues.Default, JustificationValues.Right), (HeaderFooterValues.Even, JustificationValues.Left) })
        {
            var paragraph = references[type].Footer.Elements<Paragraph>().Single();
            Assert.Equal(side, paragraph.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Contains(paragraph.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
            Assert.Equal(
                [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
                paragraph.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value));
            Assert.Equal("— 1 —", string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
            var run = paragraph.Elements<Run>().First().RunProperties!;
            Assert.Equal("宋体", run.RunFonts!.Ascii!.Value);
            Assert.Equal("28", run.FontSize!.Val!.Value);
        }
    }

    [Fact]
    public void The_document_ends_with_the_issuing_body_and_the_date_right_aligned()
    {
        foreach (var bytes in new[] { Generate(w => w.Monthly(Monthly())), Generate(w => w.Weekly(Weekly())), Generate(w => w.Quarterly(Quarterly())) })
        {
            using var doc = Open(bytes);
            var paragraphs = BodyParagraphs(doc);
            var date = paragraphs[^1];
            var issuer = paragraphs[^2];
            Assert.Equal("2026年11月26日", date.InnerText);
            Assert.Equal(Body, issuer.InnerText);
            Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(JustificationValues.Right, issuer.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal("1280", date.ParagraphProperties.Indentation!.Right!.Value); // 右空四字 at 16 pt
            Assert.Equal(string.Empty, paragraphs[^3].InnerText);
        }
    }

    [Fact]
    public void Weekly_groups_the_trips_by_unit_and_lists_the_units_without_trips()
    {
        using var doc = Open(Generate(w => w.Weekly(Weekly())));
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
        var start = texts.IndexOf("全市主要领导外出招商周动态");
        Assert.Equal(
            [
                "全市主要领导外出招商周动态",
                "2026年11月16日至11月22日，全市共有2个单位的主要领导外出招商3次。现将有关情况通报如下。",
                "一、外出招商情况",
                "（一）驿城区",
                "1. 区长王芳，11月16日至11月17日赴深圳市开展招商活动。走访比亚迪。",
                "2. 区委书记张伟，11月18日至11月20日赴上海市开展招商活动。走访上汽集团、宝钢股份。成效：达成专用车零部件项目合作意向。",
                "（二）遂平县",
                "1. 县长李强，11月17日赴郑州市开展招商活动。成效：洽谈食品产业园项目。",
                "二、本周未外出招商的单位",
                "本周2个单位未开展外出招商：正阳县、确山县。",
            ],
            texts.Skip(start).Take(10));
        Assert.Equal("楷体_GB2312", FirstRun(ParagraphWith(doc, "（一）驿城区")).RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Weekly_without_trips_says_so()
    {
        var bulletin = Weekly() with { Trips = [], UnitsWithoutTrips = [] };
        using var doc = Open(Generate(w => w.Weekly(bulletin)));
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("2026年11月16日至11月22日，各单位主要领导均未外出招商。", texts);
        Assert.DoesNotContain("一、外出招商情况", texts);
        Assert.Contains("一、本周未外出招商的单位", texts);
        Assert.Contains("本周各单位均开展了外出招商。", texts);
    }

    [Fact]
    public void Quarterly_totals_units_projects_by_category_and_signing_events()
    {
        using var doc = Open(Generate(w => w.Quarterly(Quarterly())));
        var texts = BodyParagraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("2026年第三季度，全市签约项目4个、合同投资16.25亿元，开工项目2个、合同投资8.00亿元，投产项目3个、合同投资5.50亿元。现将各单位“三个一批”情况通报如下。", texts);

        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Select(Cells).ToList();
        Assert.Equal(4, tables.Count); // units, signed projects, projects in production, signings
        Assert.Equal(["驿城区", "3", "15.00", "2", "8.00", "1", "2.00"], tables[0][1]);
        Assert.Equal(["西平县", "1", "1.25", "0", "0.00", "2", "3.50"], tables[0][2]);
        Assert.Equal(["合计", "4", "16.25", "2", "8.00", "3", "5.50"], tables[0][3]);

        // Signed projects in date order, then none started, then production.
        Assert.Equal(["1", "驿城区", "冷链物流园项目", "7月9日", "3.00"], tables[1][1]);
        Assert.Equal(["2", "驿城区", "专用车底盘项目", "8月5日", "10.00"], tables[1][2]);
        var started = texts.IndexOf("（二）开工项目");
        Assert.Equal("本期无。", texts[started + 1]);
        Assert.Equal(["1", "西平县", "畜牧机械项目", "9月1日", "2.00"], tables[2][1]);
        Assert.Equal(["1", "2026年第三季度集中签约活动", "9月20日", "驻马店国际会展中心", "12", "86.00"], tables[3][1]);
        Assert.Contains("三、集中签约活动", texts);
    }

    [Fact]
    public void Quarterly_refuses_an_unknown_category()
    {
        var bulletin = Quarterly() with { Projects = [new("驿城区", "X", "Approved", new DateOnly(2026, 8, 1), 1m)] };
        Assert.Throws<ArgumentException>(() => Generate(w => w.Quarterly(bulletin)));
    }

    [Fact]
    public void Every_bulletin_passes_the_OpenXml_validator()
    {
        foreach (var bytes in new[] { Generate(w => w.Monthly(Monthly("note"))), Generate(w => w.Weekly(Weekly())), Generate(w => w.Quarterly(Quarterly())) })
        {
            using var doc = Open(bytes);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    [Fact]
    public void English_culture_writes_the_English_wording()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        byte[] bytes;
        try
        {
            bytes = Writer.Weekly(Weekly());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        using var doc = Open(bytes);
        Assert.Contains(BodyParagraphs(doc), p => p.InnerText == "2. Units without a trip this week");
    }

    [Fact]
    public void Style_data_names_its_source_and_converts_millimetres_exactly()
    {
        var style = OfficialDocumentStyle.Standard;
        Assert.Contains("GB/T 9704-2012", style.Source, StringComparison.Ordinal);
        Assert.Equal("仿宋_GB2312", style.Fonts.Body);
        Assert.Equal("方正小标宋简体", style.Fonts.Title);
        Assert.Equal(8845, style.TextWidthTwips);
        Assert.Equal(579, style.LineTwips);
        Assert.Equal(2098, OfficialDocumentStyle.Twips(37m));
        Assert.Equal("21", OfficialDocumentStyle.HalfPoints(10.5m));
    }
}
