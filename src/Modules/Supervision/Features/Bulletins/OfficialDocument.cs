using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>One cell of a bulletin table: its text, an optional fill (hex RGB) and whether it reads left-aligned.</summary>
internal sealed record BulletinCell(string Text, string? Fill = null, bool AlignLeft = false);

/// <summary>One column of a bulletin table: its header text and its share of the text width.</summary>
internal sealed record BulletinColumn(string Header, int Weight, bool AlignLeft = false);

/// <summary>One series of a bulletin chart: its name and one value per category (null leaves a gap).</summary>
internal sealed record BulletinSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// Lays out a Chinese official document (GB/T 9704-2012) in Word: the red 版头 (issuing body, number, separator line),
/// the title, body paragraphs and headings on the fixed 22-line grid, tables with a repeated header row, the issuing
/// body and date at the end, and page numbers "— n —" outside on odd (right) and even (left) pages.
/// All sizes and fonts come from <see cref="OfficialDocumentStyle"/>.
/// </summary>
internal sealed class OfficialDocument(OfficialDocumentStyle style)
{
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _content = [];
    private string _title = string.Empty;
    private string _author = string.Empty;
    private int _charts;

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 版头: the issuing body in red 小标宋, the number line two lines below, and the red line 4 mm under it.</summary>
    public void Masthead(string issuingBody, string number)
    {
        _author = issuingBody;
        Add(new Paragraph(
            new ParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(OfficialDocumentStyle.Twips(style.IssuingBodySpaceBeforeMm)), After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            TextRun(issuingBody, style.Fonts.IssuingBody, style.SizesPt.IssuingBody, style.Red)));
        Add(new Paragraph(
            new ParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(new BottomBorder
                {
                    Val = BorderValues.Single,
                    Color = style.Red,
                    Size = (UInt32Value)(uint)style.SeparatorWidthEighthPt,
                    Space = (UInt32Value)(uint)Math.Round(style.SeparatorBelowNumberMm * 72m / 25.4m, MidpointRounding.AwayFromZero),
                }),
                SpacingBetweenLines = Exact(style.NumberSpaceBeforeLines * style.LineTwips, 0),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            TextRun(number, style.Fonts.Number, style.SizesPt.Number)));
    }

    /// <summary>The title in 2号 小标宋, centred, two lines below the red line with one line after it.</summary>
    public void Title(string title)
    {
        _title = title;
        Add(new Paragraph(
            new ParagraphProperties
            {
                SpacingBetweenLines = Exact(style.TitleSpaceBeforeLines * style.LineTwips, style.TitleSpaceAfterLines * style.LineTwips),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            TextRun(title, style.Fonts.Title, style.SizesPt.Title)));
    }

    /// <summary>A body paragraph: 仿宋 三号, first line indented two characters, justified.</summary>
    public void Paragraph(string text) => Add(BodyParagraph(text, style.Fonts.Body, style.SizesPt.Body, keepNext: false));

    /// <summary>A first-level heading ("一、…") in 黑体.</summary>
    public void Heading1(string text) => Add(BodyParagraph(text, style.Fonts.Heading1, style.SizesPt.Heading1, keepNext: true));

    /// <summary>A second-level heading ("（一）…") in 楷体.</summary>
    public void Heading2(string text) => Add(BodyParagraph(text, style.Fonts.Heading2, style.SizesPt.Heading2, keepNext: true));

    /// <summary>A bordered table across the text width; the header row repeats on every page and rows never split.</summary>
    public void Table(IReadOnlyList<BulletinColumn> columns, IEnumerable<IReadOnlyList<BulletinCell>> rows)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => style.TextWidthTwips * c.Weight / totalWeight).ToArray();
        widths[^1] += style.TextWidthTwips - widths.Sum();

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(style.TextWidthTwips), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(Cell(widths[i], new BulletinCell(columns[i].Header, style.TableHeaderFill), style.Fonts.TableHeader));
        }

        table.Append(header);
        foreach (var row in rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new BulletinCell(string.Empty);
                tableRow.Append(Cell(widths[i], cell with { AlignLeft = cell.AlignLeft || columns[i].AlignLeft }, style.Fonts.Table));
            }

            table.Append(tableRow);
        }

        Add(table);
    }

    /// <summary>The 署名 and 成文日期 after one blank line: the date right-aligned four characters from the margin, the issuing body centred over it.</summary>
    public void Signature(string issuingBody, string date)
    {
        Add(BodyParagraph(string.Empty, style.Fonts.Body, style.SizesPt.Body, keepNext: true));
        var dateIndent = style.SignatureRightIndentCharacters;
        var bodyIndent = Math.Max(0m, dateIndent + ((Width(date) - Width(issuingBody)) / 2m));
        Add(RightAligned(issuingBody, bodyIndent, keepNext: true));
        Add(RightAligned(date, dateIndent, keepNext: false));
    }

    /// <summary>Writes the package: document, default styles, settings (even and odd footers) and the two footers.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(style.Fonts.Body),
                    new FontSize { Val = OfficialDocumentStyle.HalfPoints(style.SizesPt.Body) },
                    new FontSizeComplexScript { Val = OfficialDocumentStyle.HalfPoints(style.SizesPt.Body) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = Twips(style.LineTwips), LineRule = LineSpacingRuleValues.Exact }))));
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new EvenAndOddHeaders());

            var odd = main.AddNewPart<FooterPart>();
            odd.Footer = new Footer(PageNumber(JustificationValues.Right));
            var even = main.AddNewPart<FooterPart>();
            even.Footer = new Footer(PageNumber(JustificationValues.Left));

            var section = new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = (UInt32Value)(uint)style.PageWidthTwips, Height = (UInt32Value)(uint)style.PageHeightTwips },
                new PageMargin
                {
                    Top = style.TopTwips,
                    Right = (UInt32Value)(uint)style.RightTwips,
                    Bottom = style.BottomTwips,
                    Left = (UInt32Value)(uint)style.LeftTwips,
                    Header = (UInt32Value)(uint)OfficialDocumentStyle.Twips(style.TextBlock.HeaderMm),
                    Footer = (UInt32Value)(uint)OfficialDocumentStyle.Twips(style.TextBlock.FooterMm),
                    Gutter = 0U,
                },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = style.LineTwips });
            main.Document = new Document(new Body(_content.Select(make => make(main)).Append(section)));
            document.PackageProperties.Title = _title;
            document.PackageProperties.Creator = _author;
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A native Word column chart across the text width: clustered bars per category with an optional reference line
    /// (e.g. time progress) on the same axes; values are fractions shown as percentages. The data lives in the chart's
    /// caches, so Word draws it without an embedded workbook.
    /// </summary>
    public void ColumnChart(string title, IReadOnlyList<string> categories, IReadOnlyList<BulletinSeries> bars, BulletinSeries? line)
    {
        var number = ++_charts;
        _content.Add(main =>
        {
            var part = main.AddNewPart<ChartPart>();
            part.ChartSpace = ChartSpace(title, categories, bars, line);
            var width = (long)style.TextWidthTwips * 635L;
            var height = (long)Math.Round(style.Chart.HeightMm * 36000m, MidpointRounding.AwayFromZero);
            var inline = new DW.Inline(
                new DW.Extent { Cx = width, Cy = height },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = (UInt32Value)(uint)number, Name = "Chart " + number.ToString(CultureInfo.InvariantCulture) },
                new DW.NonVisualGraphicFrameDrawingProperties(),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            };
            return new Paragraph(
                new ParagraphProperties
                {
                    SnapToGrid = new SnapToGrid { Val = false },
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                new Run(new Drawing(inline)));
        });
    }

    private C.ChartSpace ChartSpace(string title, IReadOnlyList<string> categories, IReadOnlyList<BulletinSeries> bars, BulletinSeries? line)
    {
        const uint categoryAxis = 48650001U;
        const uint valueAxis = 48650002U;
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < bars.Count; i++)
        {
            var color = style.Chart.BarColors[i % style.Chart.BarColors.Count];
            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(bars[i].Name, i),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = color })),
                new C.InvertIfNegative { Val = false },
                Categories(categories),
                Values(bars[i].Values, i)));
        }

        barChart.Append(new C.GapWidth { Val = (UInt16Value)(ushort)80 }, new C.AxisId { Val = categoryAxis }, new C.AxisId { Val = valueAxis });
        var plotArea = new C.PlotArea(new C.Layout(), barChart);
        if (line is not null)
        {
            plotArea.Append(new C.LineChart(
                new C.Grouping { Val = C.GroupingValues.Standard },
                new C.VaryColors { Val = false },
                new C.LineChartSeries(
                    new C.Index { Val = (uint)bars.Count },
                    new C.Order { Val = (uint)bars.Count },
                    SeriesName(line.Name, bars.Count),
                    new C.ChartShapeProperties(new A.Outline(
                        new A.SolidFill(new A.RgbColorModelHex { Val = style.Chart.LineColor }),
                        new A.PresetDash { Val = A.PresetLineDashValues.Dash }) { Width = 19050 }),
                    new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }),
                    Categories(categories),
                    Values(line.Values, bars.Count),
                    new C.Smooth { Val = false }),
                new C.ShowMarker { Val = false },
                new C.AxisId { Val = categoryAxis },
                new C.AxisId { Val = valueAxis }));
        }

        plotArea.Append(
            new C.CategoryAxis(
                new C.AxisId { Val = categoryAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = valueAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = (UInt16Value)(ushort)100 }),
            new C.ValueAxis(
                new C.AxisId { Val = valueAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0d }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "0%", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = categoryAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var font = style.Chart.Font;
        var size = (int)Math.Round(style.Chart.FontPt * 100m, MidpointRounding.AwayFromZero);
        return new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(
                        new A.BodyProperties(),
                        new A.ListStyle(),
                        new A.Paragraph(
                            new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size + 200, Bold = false }),
                            new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = size + 200, Bold = false }, new A.Text(title))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties(
                        new A.LatinFont { Typeface = font },
                        new A.EastAsianFont { Typeface = font }) { FontSize = size }),
                    new A.EndParagraphRunProperties { Language = "zh-CN" })));
    }

    private static C.SeriesText SeriesName(string name, int index) => new(new C.StringReference(
        new C.Formula(Cell(1, index + 1)),
        new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(name)) { Index = 0U })));

    private static C.CategoryAxisData Categories(IReadOnlyList<string> categories)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)categories.Count });
        for (var i = 0; i < categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula(Range(0, categories.Count)), cache));
    }

    private static C.Values Values(IReadOnlyList<decimal?> values, int index)
    {
        var cache = new C.NumberingCache(new C.FormatCode("0.0%"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(Range(index + 1, values.Count)), cache));
    }

    /// <summary>The sheet cell a series' name would live in (column B onward, row 1) for Word's "edit data".</summary>
    private static string Cell(int row, int column) => $"Sheet1!${(char)('A' + column)}${row.ToString(CultureInfo.InvariantCulture)}";

    private static string Range(int column, int count) => $"Sheet1!${(char)('A' + column)}$2:${(char)('A' + column)}${(count + 1).ToString(CultureInfo.InvariantCulture)}";

    private void Add(OpenXmlElement element) => _content.Add(_ => element);

    private Paragraph BodyParagraph(string text, string font, decimal pt, bool keepNext)
    {
        var indentChars = style.FirstLineIndentCharacters;
        var properties = new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = Exact(0, 0),
            Indentation = new Indentation { FirstLine = Twips(indentChars * style.BodyCharacterTwips), FirstLineChars = indentChars * 100 },
            Justification = new Justification { Val = JustificationValues.Both },
        };
        return text.Length == 0 ? new Paragraph(properties) : new Paragraph(properties, TextRun(text, font, pt));
    }

    private Paragraph RightAligned(string text, decimal indentCharacters, bool keepNext) => new(
        new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = Exact(0, 0),
            Indentation = new Indentation
            {
                Right = Twips((int)Math.Round(indentCharacters * style.BodyCharacterTwips, MidpointRounding.AwayFromZero)),
                RightChars = (int)Math.Round(indentCharacters * 100m, MidpointRounding.AwayFromZero),
            },
            Justification = new Justification { Val = JustificationValues.Right },
        },
        TextRun(text, style.Fonts.Body, style.SizesPt.Body));

    private SpacingBetweenLines Exact(int before, int after) => new()
    {
        Before = Twips(before),
        After = Twips(after),
        Line = Twips(style.LineTwips),
        LineRule = LineSpacingRuleValues.Exact,
    };

    private TableCell Cell(int width, BulletinCell cell, string font)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (cell.Fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = cell.Fill });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Justification = new Justification { Val = cell.AlignLeft ? JustificationValues.Left : JustificationValues.Center },
        });
        if (cell.Text.Length > 0)
        {
            paragraph.Append(TextRun(cell.Text, font, style.SizesPt.Table));
        }

        return new TableCell(properties, paragraph);
    }

    /// <summary>"— n —" in 4号 宋体, one character in from the outer edge (right on odd pages, left on even pages), n a PAGE field.</summary>
    private Paragraph PageNumber(JustificationValues side)
    {
        var indent = Twips((int)Math.Round(style.PageNumberIndentCharacters * style.SizesPt.PageNumber * 20m, MidpointRounding.AwayFromZero));
        var chars = style.PageNumberIndentCharacters * 100;
        var properties = new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Indentation = side == JustificationValues.Right ? new Indentation { Right = indent, RightChars = chars } : new Indentation { Left = indent, LeftChars = chars },
            Justification = new Justification { Val = side },
        };
        var font = style.Fonts.PageNumber;
        var pt = style.SizesPt.PageNumber;
        return new Paragraph(
            properties,
            TextRun(style.PageNumberDash + " ", font, pt),
            new Run(RunProps(font, pt, null), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(RunProps(font, pt, null), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(RunProps(font, pt, null), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            TextRun("1", font, pt),
            new Run(RunProps(font, pt, null), new FieldChar { FieldCharType = FieldCharValues.End }),
            TextRun(" " + style.PageNumberDash, font, pt));
    }

    private static Run TextRun(string text, string font, decimal pt, string? color = null) =>
        new(RunProps(font, pt, color), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static RunProperties RunProps(string font, decimal pt, string? color) => new()
    {
        RunFonts = Fonts(font),
        Color = color is null ? null : new Color { Val = color },
        FontSize = new FontSize { Val = OfficialDocumentStyle.HalfPoints(pt) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = OfficialDocumentStyle.HalfPoints(pt) },
    };

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    /// <summary>Printed width in characters: half for ASCII (half-width digits and letters), one for everything else.</summary>
    private static decimal Width(string text) => text.Sum(c => c < 0x80 ? 0.5m : 1m);
}
