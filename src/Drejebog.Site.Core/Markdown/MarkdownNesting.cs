using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Refuses Markdown nested deeper than <see cref="Limit"/> before Markdig parses it. Markdig throws
/// past its own depth limit, and a line such as <c>- - - - … x</c> with many thousand markers takes
/// it seconds to get there; a line scan that counts the quote and list markers a line starts with
/// is cheap and names the line. Nesting built over several lines by indentation is left to
/// Markdig's limit (see <see cref="DeepestLine"/>).
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Quotes and lists inside each other on one line; generous, a real page needs a handful.</summary>
    public const int Limit = 32;

    /// <summary>Reports the first line that opens more than <see cref="Limit"/> quotes and lists, at the marker one too many. True when the body passes.</summary>
    public static bool Check(MarkdownSource source)
    {
        var body = source.Body;
        for (var start = 0; start < body.Length;)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            if (MarkerOverLimit(body.AsSpan(start, end - start)) is { } column)
            {
                source.Error(source.PositionAt(start + column), ErrorCodes.MarkdownNestedTooDeep, Limit);
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /// <summary>
    /// Where to report nesting Markdig refused although every line passed <see cref="Check"/>: the
    /// line indented furthest, as that is where indented lists and quotes are deepest.
    /// </summary>
    public static SourcePosition DeepestLine(MarkdownSource source)
    {
        var body = source.Body;
        var (deepest, deepestIndent) = (0, -1);
        for (var start = 0; start < body.Length;)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var line = body.AsSpan(start, end - start);
            var indent = line.Length - line.TrimStart(" \t>").Length;
            if (indent > deepestIndent)
            {
                (deepest, deepestIndent) = (start, indent);
            }
            start = end + 1;
        }
        return source.PositionAt(deepest);
    }

    /// <summary>The zero-based column of the marker past the limit, or null when the line is within it.</summary>
    private static int? MarkerOverLimit(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var at = 0;
        while (true)
        {
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }
            var markerEnd = MarkerEnd(line, at);
            if (markerEnd < 0)
            {
                return null;
            }
            if (++depth > Limit && !IsThematicBreak(line))
            {
                return at;
            }
            at = markerEnd;
        }
    }

    /// <summary>Where the quote or list marker at <paramref name="at"/> ends, or -1 when there is none.</summary>
    private static int MarkerEnd(ReadOnlySpan<char> line, int at)
    {
        if (at >= line.Length)
        {
            return -1;
        }
        if (line[at] == '>')
        {
            return at + 1;
        }
        var end = at;
        if (line[at] is '-' or '*' or '+')
        {
            end = at + 1;
        }
        else
        {
            while (end < line.Length && end - at < 9 && char.IsAsciiDigit(line[end]))
            {
                end++;
            }
            if (end == at || end >= line.Length || line[end] is not ('.' or ')'))
            {
                return -1;
            }
            end++;
        }
        // A list marker is followed by a space, a tab or the end of the line.
        return end == line.Length || line[end] is ' ' or '\t' ? end : -1;
    }

    /// <summary>A line of only <c>-</c> or only <c>*</c> and spaces is a horizontal rule, not lists.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line) =>
        !line.ContainsAnyExcept(" \t-") || !line.ContainsAnyExcept(" \t*");
}
