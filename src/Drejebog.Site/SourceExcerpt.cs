using System.Globalization;
using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli;

/// <summary>
/// The source line a diagnostic points at, with its number and a <c>^</c> under the column, as
/// Rust and Hugo print it:
/// <code>
///   4 | order 9
///     |      ^
/// </code>
/// Columns count characters; the marker stays under its character however the line is drawn: tabs
/// are expanded to stops of <see cref="TabWidth"/>, wide characters take two places and combining
/// marks none, control characters are drawn as <c>�</c> (so content cannot steer the terminal), and a
/// line longer than <see cref="MaxWidth"/> is cut to the part around the column, with <c>…</c>.
/// </summary>
internal sealed record SourceExcerpt(int LineNumber, string Code, string Marker)
{
    public const int TabWidth = 4;

    public const int MaxWidth = 120;

    // How many characters before the column a shortened line keeps.
    private const int ContextBefore = 50;

    /// <summary>
    /// The excerpt for <paramref name="diagnostic"/>, or null when it has no line to show: its file is
    /// not a text source of the build, or it is about the whole file (line 1, column 1 by convention,
    /// <see cref="SourcePosition.Start"/>).
    /// </summary>
    public static SourceExcerpt? For(Diagnostic diagnostic, SourceLines sources)
    {
        if (diagnostic.Line < 1 || diagnostic.Column < 1 || (diagnostic.Line, diagnostic.Column) == (1, 1))
        {
            return null;
        }
        return sources.Line(diagnostic.Path, diagnostic.Line) is { } text ? Of(diagnostic.Line, text, diagnostic.Column) : null;
    }

    /// <summary>Writes the excerpt for <paramref name="diagnostic"/>, if it has one, as two lines under it.</summary>
    public static void Write(Diagnostic diagnostic, SourceLines? sources, TextWriter writer)
    {
        if (sources is not null && For(diagnostic, sources) is { } excerpt)
        {
            foreach (var line in excerpt.Lines)
            {
                writer.WriteLine(line);
            }
        }
    }

    /// <summary>Draws line <paramref name="lineNumber"/> with the marker under the one-based <paramref name="column"/> (which may lie past the end).</summary>
    public static SourceExcerpt Of(int lineNumber, string text, int column)
    {
        var index = column - 1;
        var (from, to) = Window(text, index);
        var code = new StringBuilder(from > 0 ? "…" : "");
        var width = code.Length;
        var markerAt = -1;
        for (var i = from; i < to; i++)
        {
            if (i == index || (i + 1 == index && char.IsHighSurrogate(text[i])))
            {
                markerAt = width;
            }
            width += Draw(text, i, width, code);
            if (char.IsHighSurrogate(text[i]) && i + 1 < to)
            {
                i++;
            }
        }
        if (to < text.Length)
        {
            code.Append('…');
        }
        // Past the end of the line: that many places after it.
        markerAt = markerAt >= 0 ? markerAt : width + Math.Max(0, index - text.Length);
        return new SourceExcerpt(lineNumber, code.ToString(), new string(' ', markerAt) + "^");
    }

    /// <summary>The two lines, with the line number in the gutter.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var number = LineNumber.ToString(CultureInfo.InvariantCulture);
            return [$"  {number} | {Code}", $"  {new string(' ', number.Length)} | {Marker}"];
        }
    }

    public override string ToString() => string.Join('\n', Lines);

    /// <summary>The characters to show: all of a short line, else about <see cref="MaxWidth"/> of them around the column.</summary>
    private static (int From, int To) Window(string text, int index)
    {
        if (text.Length <= MaxWidth)
        {
            return (0, text.Length);
        }
        var from = Math.Clamp(index - ContextBefore, 0, text.Length - MaxWidth);
        var to = from + MaxWidth;
        // Never split a surrogate pair.
        from -= from > 0 && char.IsLowSurrogate(text[from]) ? 1 : 0;
        to += to < text.Length && char.IsLowSurrogate(text[to]) ? 1 : 0;
        return (from, to);
    }

    /// <summary>Appends the character at <paramref name="i"/> as drawn at <paramref name="width"/>; returns how many places it takes.</summary>
    private static int Draw(string text, int i, int width, StringBuilder code)
    {
        var c = text[i];
        if (c == '\t')
        {
            var spaces = TabWidth - (width % TabWidth);
            code.Append(' ', spaces);
            return spaces;
        }
        if (char.IsControl(c) || (char.IsSurrogate(c) && !char.IsSurrogatePair(text, i)))
        {
            code.Append('\uFFFD');
            return 1;
        }
        var rune = Rune.GetRuneAt(text, i);
        code.Append(rune.ToString());
        return Places(rune);
    }

    /// <summary>How many terminal places a character takes: combining marks none, East Asian wide characters and emoji two.</summary>
    private static int Places(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }
        var v = rune.Value;
        var wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF and not 0x303F) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1F64F) or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
