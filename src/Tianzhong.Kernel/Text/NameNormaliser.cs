using System.Reflection;

namespace Tianzhong.Kernel.Text;

/// <summary>
/// Reduces an organisation or project name to what distinguishes it: no spaces, brackets or punctuation, and
/// without the legal-form and "project" suffixes that vary between two entries of the same thing.
/// </summary>
public static class NameNormaliser
{
    // The suffixes are Chinese words, so they live in an embedded text file rather than in C# source.
    private static readonly string[] Suffixes = LoadSuffixes();

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kept = new string([.. name.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var suffix in Suffixes)
            {
                if (kept.Length > suffix.Length && kept.EndsWith(suffix, StringComparison.Ordinal))
                {
                    kept = kept[..^suffix.Length];
                    trimmed = true;
                    break;
                }
            }
        }

        return kept;
    }

    /// <summary>Similar: the same once normalised, or one contains the other (at least four characters long).</summary>
    public static bool AreSimilar(string first, string second)
    {
        var a = Normalise(first);
        var b = Normalise(second);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));
    }

    private static string[] LoadSuffixes()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tianzhong.Kernel.Text.NameSuffixes.txt")
            ?? throw new InvalidOperationException("NameSuffixes.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderByDescending(s => s.Length)];
    }
}
