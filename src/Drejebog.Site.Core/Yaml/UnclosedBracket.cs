namespace Drejebog.Site.Yaml;

/// <summary>
/// Finds the <c>[</c> or <c>{</c> that opens a flow list or mapping and is never closed. Only a
/// bracket where a value begins opens one (<c>title: [a, b</c>, <c>- {x: 1</c>, or anything inside
/// another); one inside plain text (<c>title: a[1</c>) or quotes is text. One pass, no recursion.
/// </summary>
internal static class UnclosedBracket
{
    /// <summary>The index of the innermost bracket still open at <paramref name="end"/>, or -1.</summary>
    public static int Find(string yaml, int end)
    {
        var open = new Stack<int>();
        var quote = '\0';
        // Whether a value may begin here: at a line's start, after `- `, `? `, `: `, and in flow after `[`, `{`, `,`.
        var valueStart = true;
        for (var i = 0; i < Math.Min(end, yaml.Length); i++)
        {
            var c = yaml[i];
            if (quote != '\0')
            {
                i = InQuote(yaml, i, ref quote);
                continue;
            }
            if (c == '\n')
            {
                valueStart = true;
                continue;
            }
            if (c == ' ')
            {
                continue;
            }
            if (c == '#' && (i == 0 || yaml[i - 1] is ' ' or '\n'))
            {
                var lineEnd = yaml.IndexOf('\n', i);
                i = lineEnd < 0 ? yaml.Length : lineEnd - 1;
                continue;
            }
            if (valueStart && c is '"' or '\'')
            {
                quote = c;
                valueStart = false;
                continue;
            }
            if (c is '[' or '{' && (valueStart || open.Count > 0))
            {
                open.Push(i);
                valueStart = true;
                continue;
            }
            valueStart = open.Count > 0 ? Flow(yaml, i, open) : IndicatorFollowedBySpace(yaml, i, c);
        }
        return open.Count > 0 ? open.Peek() : -1;
    }

    /// <summary>Moves past one character inside quotes; returns the index of the last character used.</summary>
    private static int InQuote(string yaml, int i, ref char quote)
    {
        var c = yaml[i];
        if (quote == '"' && c == '\\')
        {
            return i + 1;
        }
        if (c == quote)
        {
            if (quote == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\'')
            {
                return i + 1;
            }
            quote = '\0';
        }
        return i;
    }

    /// <summary>A character inside a flow collection; returns whether a value may begin after it.</summary>
    private static bool Flow(string yaml, int i, Stack<int> open)
    {
        var c = yaml[i];
        if (c is ']' or '}')
        {
            if (yaml[open.Peek()] == (c == ']' ? '[' : '{'))
            {
                open.Pop();
            }
            return false;
        }
        return c is ',' or ':';
    }

    private static bool IndicatorFollowedBySpace(string yaml, int i, char c) =>
        c is '-' or '?' or ':' && (i + 1 == yaml.Length || yaml[i + 1] is ' ' or '\n');
}
