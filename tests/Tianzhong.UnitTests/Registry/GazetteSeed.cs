using System.Text.RegularExpressions;
using Xunit;

namespace Tianzhong.UnitTests.Registry;

/// <summary>
/// The seed text of plan A (驻政〔2022〕35号) that the reference data was transcribed from. It lives next to the
/// repository, at <c>../shared/seed/000_adbfd173a69950a4.txt</c> relative to the folder holding Tianzhong.slnx.
/// </summary>
internal static partial class GazetteSeed
{
    public const string RelativePath = "../shared/seed/000_adbfd173a69950a4.txt";

    private static readonly Lazy<string?> Cached = new(Load);

    /// <summary>The seed as stored. Fails the calling test with a clear message when the file is missing.</summary>
    public static string Text
    {
        get
        {
            var text = Cached.Value;
            if (text is null)
            {
                Assert.Fail(
                    $"The gazette seed file is missing: expected {RelativePath} relative to the repository root " +
                    $"({RepositoryRoot() ?? "Tianzhong.slnx not found above " + AppContext.BaseDirectory}). " +
                    "The seed-comparison tests check the reference data against it and cannot run without it.");
            }

            return text!;
        }
    }

    /// <summary>
    /// The seed with line breaks removed. The source was extracted from a paginated document, so a page break can
    /// split a phrase ("江苏\n\n无锡"); joining the lines restores such phrases.
    /// </summary>
    public static string Joined => Text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The text of box (专栏) <paramref name="box"/>: its lines after the heading "专栏 N：…" up to the next heading of
    /// plan A (a numbered item "5.", a part "（二）" or a chapter "四、").
    /// </summary>
    public static string BoxText(int box)
    {
        var lines = Text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => BoxHeading().Match(l) is { Success: true } m && m.Groups[1].Value == box.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(start >= 0, $"The seed has no heading for 专栏 {box}.");

        var body = new List<string>();
        foreach (var line in lines.Skip(start + 1))
        {
            if (SectionHeading().IsMatch(line) || BoxHeading().IsMatch(line))
            {
                break;
            }

            body.Add(line.Trim());
        }

        return string.Join('\n', body.Where(l => l.Length > 0));
    }

    /// <summary>
    /// The organisation names box <paramref name="box"/> lists, split as the gazette writes them: each paragraph
    /// (optionally "子领域：") reads "重点对接[引进]A、B、…等[科研机构和]企业。".
    /// </summary>
    public static IReadOnlyList<(string? SubSector, string Name)> BoxEntries(int box)
    {
        var entries = new List<(string?, string)>();
        foreach (var paragraph in BoxText(box).Split('\n'))
        {
            var m = BoxParagraph().Match(paragraph);
            Assert.True(m.Success, $"专栏 {box}: cannot read the paragraph '{paragraph}'.");
            var sub = m.Groups["sub"].Success ? m.Groups["sub"].Value : null;
            entries.AddRange(m.Groups["names"].Value.Split('、').Select(n => (sub, n)));
        }

        return entries;
    }

    private static string? Load()
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(root, RelativePath));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tianzhong.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*专栏\s*(\d+)：")]
    private static partial Regex BoxHeading();

    [GeneratedRegex(@"^\s*(\d+\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:(?<sub>[^：、]{1,12})：)?(?:重点对接(?:引进)?)?(?<names>.+?)等(?:科研机构和)?企业。$")]
    private static partial Regex BoxParagraph();
}
