namespace Drejebog.Site.Assets;

/// <summary>
/// Where the comments and string literals of a stylesheet or script are, so that a URL or import
/// written in a comment or inside a string is not taken for a real one (the quoted URL of a real
/// <c>url("…")</c> or <c>import … from '…'</c> is a string too, but the match starts before it).
/// A backslash outside strings skips the next character, which keeps <c>\/\/</c> in a regular
/// expression literal from opening a comment; other regular expression literals are not recognised,
/// and a template literal counts as one string, <c>${…}</c> included.
/// </summary>
public static class CommentsAndStrings
{
    /// <summary>Sorted, non-overlapping (start, end) ranges; <paramref name="script"/> adds <c>//</c> comments and template literals.</summary>
    public static List<(int Start, int End)> Find(string text, bool script)
    {
        var ranges = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c is '"' or '\'' || (c == '`' && script))
            {
                var end = StringEnd(text, i);
                ranges.Add((i, end));
                i = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                ranges.Add((i, end));
                i = end;
            }
            else if (c == '/' && script && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i + 2);
                end = end < 0 ? text.Length : end;
                ranges.Add((i, end));
                i = end;
            }
            else
            {
                i++;
            }
        }
        return ranges;
    }

    /// <summary>True when <paramref name="offset"/> lies inside one of <paramref name="ranges"/>.</summary>
    public static bool Contains(List<(int Start, int End)> ranges, int offset)
    {
        var low = 0;
        var high = ranges.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end) = ranges[middle];
            if (offset < start)
            {
                high = middle - 1;
            }
            else if (offset >= end)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    // The offset after the closing quote; an unclosed string runs to the end of the line (or text for `).
    private static int StringEnd(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
            else if (text[i] == '\n' && quote != '`')
            {
                return i;
            }
        }
        return text.Length;
    }
}
