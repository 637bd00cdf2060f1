using System.Globalization;
using System.Text;

namespace Tianzhong.ArchitectureTests;

/// <summary>A string or character literal that holds Chinese text, with the line it starts on (1-based).</summary>
internal sealed record ChineseLiteral(int Line, string Text);

/// <summary>
/// A small C# lexer that finds string and character literals containing CJK characters. Comments (<c>//</c>,
/// <c>///</c> XML docs, <c>/* */</c>) and preprocessor lines are skipped; regular, verbatim, interpolated (with
/// their holes lexed as code) and raw string literals are understood, and <c>\uXXXX</c> escapes are decoded so
/// that <c>"\u4E2D"</c> counts as Chinese too.
/// </summary>
internal sealed class ChineseLiteralScanner
{
    private readonly string _s;
    private readonly List<ChineseLiteral> _found = [];
    private int _i;
    private int _line = 1;

    private ChineseLiteralScanner(string source) => _s = source;

    public static IReadOnlyList<ChineseLiteral> Scan(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var scanner = new ChineseLiteralScanner(source.Replace("\r\n", "\n", StringComparison.Ordinal));
        scanner.Code(insideHole: false);
        return scanner._found;
    }

    /// <summary>True for CJK ideographs, radicals, bopomofo, CJK punctuation (、。「」) and full-width forms (，（）：).</summary>
    public static bool IsChinese(int codePoint) => codePoint is
        (>= 0x2E80 and <= 0x2FDF)      // CJK radicals, Kangxi radicals
        or (>= 0x3000 and <= 0x303F)   // CJK symbols and punctuation
        or (>= 0x3100 and <= 0x312F)   // Bopomofo
        or (>= 0x31C0 and <= 0x31EF)   // CJK strokes
        or (>= 0x3400 and <= 0x4DBF)   // Extension A
        or (>= 0x4E00 and <= 0x9FFF)   // Unified ideographs
        or (>= 0xF900 and <= 0xFAFF)   // Compatibility ideographs
        or (>= 0xFE30 and <= 0xFE4F)   // CJK compatibility forms
        or (>= 0xFF00 and <= 0xFFEF)   // Half-width and full-width forms
        or (>= 0x20000 and <= 0x3FFFF); // Extensions B and later

    private char Peek(int offset = 0) => _i + offset < _s.Length ? _s[_i + offset] : '\0';

    private bool AtLineStart()
    {
        for (var j = _i - 1; j >= 0 && _s[j] != '\n'; j--)
        {
            if (!char.IsWhiteSpace(_s[j]))
            {
                return false;
            }
        }

        return true;
    }

    private char Next()
    {
        var c = _s[_i++];
        if (c == '\n')
        {
            _line++;
        }

        return c;
    }

    /// <summary>Lexes code until the end of input, or (inside an interpolation hole) until its closing brace.</summary>
    private void Code(bool insideHole)
    {
        var depth = 0;
        while (_i < _s.Length)
        {
            var c = Peek();
            if (c == '/' && Peek(1) == '/')
            {
                SkipToEndOfLine();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                _i += 2;
                while (_i < _s.Length && !(Peek() == '*' && Peek(1) == '/'))
                {
                    Next();
                }

                _i = Math.Min(_i + 2, _s.Length);
            }
            else if (c == '#' && AtLineStart())
            {
                SkipToEndOfLine();
            }
            else if (c == '\'')
            {
                CharLiteral();
            }
            else if (c == '"' || ((c == '$' || c == '@') && IsStringPrefix()))
            {
                StringLiteral();
            }
            else if (insideHole && c == '{')
            {
                depth++;
                Next();
            }
            else if (insideHole && c == '}')
            {
                if (depth == 0)
                {
                    Next();
                    return;
                }

                depth--;
                Next();
            }
            else
            {
                Next();
            }
        }
    }

    private bool IsStringPrefix()
    {
        var j = _i;
        while (j < _s.Length && (_s[j] == '$' || _s[j] == '@'))
        {
            j++;
        }

        return j < _s.Length && _s[j] == '"' && j > _i;
    }

    private void SkipToEndOfLine()
    {
        while (_i < _s.Length && Peek() != '\n')
        {
            _i++;
        }
    }

    private void CharLiteral()
    {
        var line = _line;
        var text = new StringBuilder();
        Next();
        while (_i < _s.Length && Peek() != '\'' && Peek() != '\n')
        {
            text.Append(Peek() == '\\' ? Escape() : Next().ToString());
        }

        if (Peek() == '\'')
        {
            Next();
        }

        Report(line, text.ToString());
    }

    private void StringLiteral()
    {
        var line = _line;
        var dollars = 0;
        var verbatim = false;
        while (Peek() is '$' or '@')
        {
            if (Next() == '$')
            {
                dollars++;
            }
            else
            {
                verbatim = true;
            }
        }

        var quotes = 0;
        while (Peek(quotes) == '"')
        {
            quotes++;
        }

        var text = new StringBuilder();
        if (quotes >= 3)
        {
            // Raw string literal: ends at the same number of quotes; holes are kept as text (good enough here).
            _i += quotes;
            while (_i < _s.Length)
            {
                var run = 0;
                while (Peek(run) == '"')
                {
                    run++;
                }

                if (run >= quotes)
                {
                    _i += run;
                    break;
                }

                text.Append(Next());
            }
        }
        else
        {
            Next();
            while (_i < _s.Length)
            {
                var c = Peek();
                if (c == '"')
                {
                    Next();
                    if (verbatim && Peek() == '"')
                    {
                        Next();
                        text.Append('"');
                        continue;
                    }

                    break;
                }

                if (!verbatim && c == '\n')
                {
                    break;
                }

                if (dollars > 0 && (c == '{' || c == '}'))
                {
                    if (Peek(1) == c)
                    {
                        _i += 2;
                        text.Append(c);
                        continue;
                    }

                    Next();
                    if (c == '{')
                    {
                        Code(insideHole: true);
                    }

                    continue;
                }

                text.Append(!verbatim && c == '\\' ? Escape() : Next().ToString());
            }
        }

        Report(line, text.ToString());
    }

    /// <summary>Reads an escape sequence (the backslash is current) and returns what it stands for.</summary>
    private string Escape()
    {
        Next();
        if (_i >= _s.Length)
        {
            return string.Empty;
        }

        var kind = Next();
        var digits = kind switch
        {
            'u' => 4,
            'U' => 8,
            'x' => HexRun(4),
            _ => 0,
        };
        if (digits == 0)
        {
            return kind.ToString();
        }

        var hex = _s.Substring(_i, Math.Min(digits, _s.Length - _i));
        _i += hex.Length;
        return int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && Rune.IsValid(value)
            ? char.ConvertFromUtf32(value)
            : string.Empty;
    }

    private int HexRun(int max)
    {
        var n = 0;
        while (n < max && char.IsAsciiHexDigit(Peek(n)))
        {
            n++;
        }

        return n;
    }

    private void Report(int line, string text)
    {
        var chinese = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsChinese(rune.Value))
            {
                chinese = true;
                break;
            }
        }

        if (chinese)
        {
            _found.Add(new ChineseLiteral(line, text));
        }
    }
}
