using Xunit;

namespace Tianzhong.ArchitectureTests;

/// <summary>
/// User-visible text lives in .resx files (Chinese in the neutral file, English in *.en.resx), so C# code under
/// src/ carries no Chinese string literals. Generated migrations (any Migrations folder) and .razor markup are out
/// of scope; comments and XML docs may be Chinese.
/// </summary>
public sealed class NoChineseLiteralsTests
{
    [Fact]
    public void SourceUnderSrcHasNoChineseStringLiterals()
    {
        var root = Solution.RepositoryRoot();
        var src = Path.Combine(root.FullName, "src");
        var files = SourceFiles(src).ToList();

        // Guard against scanning nothing (wrong root, wrong filter).
        Assert.True(files.Count >= 20, $"Only {files.Count} C# files found under {src}.");
        Assert.Contains(files, f => f.EndsWith(Path.Combine("Identity", "Domain", "PasswordRules.cs"), StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var findings = (
            from file in files
            from literal in ChineseLiteralScanner.Scan(File.ReadAllText(file))
            select $"{Path.GetRelativePath(root.FullName, file).Replace('\\', '/')}:{literal.Line}: \"{Shorten(literal.Text)}\"").ToList();

        Assert.True(findings.Count == 0, $"Chinese text in C# string literals (move it to a .resx):{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Theory]
    [InlineData("var s = \"中文\";", 1)]
    [InlineData("var s = \"English\";\nvar t = \"中文\";", 2)]
    [InlineData("var c = '中';", 1)]
    [InlineData("var s = $\"名称 {name}\";", 1)]
    [InlineData("var s = $\"{(flag ? \"是\" : \"no\")}\";", 1)]
    [InlineData("var s = @\"a \"\"quoted\"\" 中文\";", 1)]
    [InlineData("var s = $@\"{x}\n中文\";", 1)]
    [InlineData("var s = \"\"\"\n  中文\n  \"\"\";", 1)]
    [InlineData("var s = \"\\u4E2D\\u6587\";", 1)]
    [InlineData("var s = string.Join(\"、\", items);", 1)]
    [InlineData("var s = \"（全角）\";", 1)]
    [InlineData("var url = \"http://example\"; var t = \"中\"; // 注释", 1)]
    [InlineData("/* 注释 */ var s = \"中\";", 1)]
    [InlineData("var s = $\"{{中文}}\";", 1)]
    public void ScannerFindsChineseInLiterals(string source, int line)
    {
        var found = ChineseLiteralScanner.Scan(source);

        var literal = Assert.Single(found);
        Assert.Equal(line, literal.Line);
    }

    [Theory]
    [InlineData("// 中文注释\nvar s = \"English\";")]
    [InlineData("/// <summary>驻马店市的单位。</summary>\npublic sealed class Unit;")]
    [InlineData("var s = \"English\"; // 中文")]
    [InlineData("/* 多行\n   注释 */ var s = \"x\";")]
    [InlineData("#region 行政单位\nvar s = \"x\";\n#endregion")]
    [InlineData("var s = \"a // b\"; var t = \"c\"; // 中文")]
    [InlineData("var s = \"a \\\" b\"; // 中文 after an escaped quote")]
    [InlineData("var c = '\"'; // 中文 after a quote character")]
    public void ScannerIgnoresCommentsAndLatinLiterals(string source)
    {
        Assert.Empty(ChineseLiteralScanner.Scan(source));
    }

    [Fact]
    public void ScannerReportsEachLiteralOnItsOwnLine()
    {
        const string source = """
            namespace X;

            /// <summary>说明</summary>
            public static class Y
            {
                // 注释
                public const string A = "甲";
                public const string B = "B";
                public const string C = "丙"; // 注释
            }
            """;

        var found = ChineseLiteralScanner.Scan(source);

        Assert.Equal([7, 9], found.Select(f => f.Line));
        Assert.Equal(["甲", "丙"], found.Select(f => f.Text));
    }

    private static IEnumerable<string> SourceFiles(string src)
    {
        var skipped = new[] { "Migrations", "obj", "bin" };
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 80 ? oneLine : oneLine[..80] + "…";
    }
}
