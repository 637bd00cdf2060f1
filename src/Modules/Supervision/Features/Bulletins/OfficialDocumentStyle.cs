using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Tianzhong.Modules.Supervision.Features.Bulletins;

/// <summary>
/// The GB/T 9704-2012 layout facts (fonts, sizes, margins, colours) read from the embedded
/// <c>Data/ReferenceData/official-document-style.json</c>, with the conversions Word needs (twips, half-points).
/// </summary>
public sealed record OfficialDocumentStyle(
    string Source,
    OfficialDocumentStyle.PaperSize Page,
    OfficialDocumentStyle.TextBlockSize TextBlock,
    int LinesPerPage,
    int CharactersPerLine,
    OfficialDocumentStyle.FontSet Fonts,
    OfficialDocumentStyle.SizeSet SizesPt,
    string Red,
    decimal IssuingBodySpaceBeforeMm,
    int NumberSpaceBeforeLines,
    decimal SeparatorBelowNumberMm,
    int SeparatorWidthEighthPt,
    int TitleSpaceBeforeLines,
    int TitleSpaceAfterLines,
    int FirstLineIndentCharacters,
    int SignatureRightIndentCharacters,
    string PageNumberDash,
    int PageNumberIndentCharacters,
    IReadOnlyDictionary<string, string> StatusFill,
    string TableHeaderFill,
    OfficialDocumentStyle.ChartStyle Chart)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<OfficialDocumentStyle> Loaded = new(Load);

    /// <summary>The style shipped with the module.</summary>
    public static OfficialDocumentStyle Standard => Loaded.Value;

    public sealed record PaperSize(decimal WidthMm, decimal HeightMm);

    public sealed record TextBlockSize(decimal TopMm, decimal LeftMm, decimal WidthMm, decimal HeightMm, decimal HeaderMm, decimal FooterMm);

    public sealed record FontSet(string IssuingBody, string Title, string Number, string Body, string Heading1, string Heading2, string Table, string TableHeader, string PageNumber);

    public sealed record SizeSet(decimal IssuingBody, decimal Number, decimal Title, decimal Body, decimal Heading1, decimal Heading2, decimal Table, decimal PageNumber);

    public sealed record ChartStyle(decimal HeightMm, string Font, decimal FontPt, IReadOnlyList<string> BarColors, string LineColor);

    /// <summary>Millimetres to twips (1/1440 inch), rounded to the nearest twip.</summary>
    public static int Twips(decimal mm) => (int)Math.Round(mm * 1440m / 25.4m, MidpointRounding.AwayFromZero);

    /// <summary>Points to the half-points Word stores font sizes in, as its attribute text.</summary>
    public static string HalfPoints(decimal pt) => ((int)Math.Round(pt * 2m, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    public int PageWidthTwips => Twips(Page.WidthMm);

    public int PageHeightTwips => Twips(Page.HeightMm);

    public int TopTwips => Twips(TextBlock.TopMm);

    public int LeftTwips => Twips(TextBlock.LeftMm);

    /// <summary>The right margin: what the page leaves beside the text block (26 mm on A4).</summary>
    public int RightTwips => Twips(Page.WidthMm - TextBlock.LeftMm - TextBlock.WidthMm);

    /// <summary>The bottom margin: what the page leaves below the text block (35 mm on A4).</summary>
    public int BottomTwips => Twips(Page.HeightMm - TextBlock.TopMm - TextBlock.HeightMm);

    /// <summary>The width available to text and tables.</summary>
    public int TextWidthTwips => PageWidthTwips - LeftTwips - RightTwips;

    /// <summary>The fixed line height giving <see cref="LinesPerPage"/> lines in the text block, rounded down so they fit (579 twips on A4).</summary>
    public int LineTwips => Twips(TextBlock.HeightMm) / LinesPerPage;

    /// <summary>One body character's width (the body size in twips: 320 for 三号).</summary>
    public int BodyCharacterTwips => (int)Math.Round(SizesPt.Body * 20m, MidpointRounding.AwayFromZero);

    private static OfficialDocumentStyle Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReferenceData/official-document-style.json")
            ?? throw new InvalidOperationException("Reference data file official-document-style.json is not embedded.");
        return JsonSerializer.Deserialize<OfficialDocumentStyle>(stream, Json)
            ?? throw new InvalidOperationException("Reference data file official-document-style.json is empty.");
    }
}
