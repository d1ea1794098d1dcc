using System.Text;

namespace Drejebog.Site.Calendar;

/// <summary>
/// The two text rules of RFC 5545 that every iCalendar file must follow: TEXT values escaped
/// (section 3.3.11) and content lines folded at 75 octets (section 3.1). theme/assets/js/ics.js
/// applies the same rules in the browser; the tests hold both to them.
/// </summary>
public static class IcsText
{
    /// <summary>The longest a content line may be, in octets of UTF-8, without its CRLF.</summary>
    public const int MaxLineOctets = 75;

    public const string LineBreak = "\r\n";

    /// <summary>
    /// A TEXT value: backslash, semicolon and comma escaped, every line break (CRLF, CR, LF, or a
    /// Unicode line separator) as <c>\n</c>, and other control characters dropped, since TEXT may
    /// hold none but tab.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '\\' => escaped.Append(@"\\"),
                ';' => escaped.Append(@"\;"),
                ',' => escaped.Append(@"\,"),
                '\n' => escaped.Append(@"\n"),
                '\t' => escaped.Append('\t'),
                _ when char.IsControl(c) => escaped,
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }

    /// <summary>
    /// One content line, folded: at most <see cref="MaxLineOctets"/> octets per physical line, each
    /// continuation starting with a space (which counts), and every line ended by CRLF. It breaks
    /// only between code points, so no UTF-8 sequence (æ, ø, å, an emoji) is ever cut in two.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        Span<char> utf16 = stackalloc char[2];
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octets = 1;
            }
            folded.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += size;
        }
        return folded.Append(LineBreak).ToString();
    }
}
