using Drejebog.Site.Diagnostics;
using YamlDotNet.Core;

namespace Drejebog.Site.Yaml;

/// <summary>
/// Turns a YamlDotNet syntax error into the editor's mistake, in Danish, at the place to fix it: a
/// missing colon, wrong indentation, an unclosed quote or bracket, a list item where a field belongs
/// or the other way round, a colon or reserved character in a plain value. Deterministic rules on the
/// parser's message (read, never shown) and the lines around its position; anything else is
/// <see cref="ErrorCodes.YamlUnreadable"/>, a Danish message that says what to look for.
/// </summary>
internal static class YamlSyntaxError
{
    /// <param name="yaml">The text that failed to parse.</param>
    /// <param name="firstLine">The file line it starts on, to name other lines in messages.</param>
    /// <param name="start">Where the parser stopped.</param>
    /// <param name="parserMessage">YamlDotNet's message, only read.</param>
    public static YamlProblem Classify(string yaml, int firstLine, Mark start, string parserMessage)
    {
        var lines = YamlLine.Split(yaml, firstLine);
        var number = (int)Math.Clamp(start.Line, 1, lines.Count);
        var line = lines[number - 1];
        var column = (int)start.Column;
        return Said(parserMessage, "quoted scalar") ? UnclosedQuote(yaml, start)
            : Said(parserMessage, "flow sequence") || Said(parserMessage, "flow mapping") ? UnclosedBracketOr(yaml, (int)start.Index, start)
            : Said(parserMessage, "found invalid mapping") ? InvalidMapping(lines, line, column, start)
            : Said(parserMessage, "did not find expected key") ? UnexpectedInMapping(lines, line, column, start)
            : Said(parserMessage, "could not find expected ':'") ? Missing(line, start)
            : Said(parserMessage, "did not find expected '-' indicator") ? UnexpectedInList(lines, line, start)
            : Said(parserMessage, "cannot start any token") ? Reserved(yaml, line, start)
            : Unreadable(start);
    }

    /// <summary>A flow list or mapping the parser ran out of text in (or gave up on): at its opening bracket.</summary>
    public static YamlProblem UnclosedBracketOr(string yaml, int end, Mark fallback)
    {
        var opening = UnclosedBracket.Find(yaml, end);
        if (opening < 0)
        {
            return Unreadable(fallback);
        }
        var bracket = yaml[opening];
        return new YamlProblem(YamlLoader.PositionIn(yaml, opening), ErrorCodes.UnclosedBracket, [bracket.ToString(), bracket == '[' ? "]" : "}"]);
    }

    public static YamlProblem Unreadable(Mark start) => new(start, ErrorCodes.YamlUnreadable, []);

    private static bool Said(string message, string words) => message.Contains(words, StringComparison.Ordinal);

    /// <summary>The parser starts an unclosed quoted value at its opening quote.</summary>
    private static YamlProblem UnclosedQuote(string yaml, Mark start) =>
        start.Index < yaml.Length && yaml[(int)start.Index] is '"' or '\''
            ? new YamlProblem(start, ErrorCodes.UnclosedQuote, [yaml[(int)start.Index].ToString()])
            : Unreadable(start);

    /// <summary>
    /// A <c>:</c> where a plain value was being read: in the value itself (<c>title: a: b</c>), or
    /// starting a field on a line the parser took as the value's continuation, because the line is
    /// indented too far or because the value began on a line without its colon (<c>order 9</c>).
    /// </summary>
    private static YamlProblem InvalidMapping(IReadOnlyList<YamlLine> lines, YamlLine line, int column, Mark start)
    {
        if (line.Field is { } own && line.FirstColon >= 0 && column - 1 > line.FirstColon)
        {
            return new YamlProblem(start, ErrorCodes.ColonInValue, [own.Name]);
        }
        // Back over the lines the parser took as one value, to the field above them.
        var continued = new List<YamlLine>();
        YamlLine? above = null;
        for (var i = line.Number - 2; i >= 0 && above is null; i--)
        {
            if (lines[i].Field is not null)
            {
                above = lines[i];
            }
            else if (!lines[i].IsBlank)
            {
                continued.Add(lines[i]);
            }
        }
        var (parent, parentColumn) = above?.Field ?? ("", -1);
        var hasValue = above is not null && above.Text[(above.FirstColon + 1)..].Trim().Length > 0;
        // A line continues the value above only when indented further than its field; the value began at the first line that is not.
        var began = hasValue ? continued.LastOrDefault(l => l.Indent <= parentColumn) : continued.LastOrDefault();
        if (began?.NameWithoutColon is { } name)
        {
            return MissingColon(began, name);
        }
        return hasValue && above is not null && line.Indent > parentColumn
            ? Indentation(line, parentColumn, parent, above)
            : Unreadable(start);
    }

    /// <summary>Something other than a field where the next field of a mapping should start.</summary>
    private static YamlProblem UnexpectedInMapping(IReadOnlyList<YamlLine> lines, YamlLine line, int column, Mark start)
    {
        if (column != line.Indent + 1)
        {
            // Mid-line: text after a closed quote or bracket.
            return Unreadable(start);
        }
        var above = Above(lines, line);
        if (line.IsListItem)
        {
            var item = Enumerable.Range(0, line.Number - 1).Reverse().Select(i => lines[i]).FirstOrDefault(l => l.IsListItem);
            return item is not null && item.Indent != line.Indent
                ? Indentation(line, item.Indent, "-", item)
                : new YamlProblem(start, ErrorCodes.ListItemWhereFieldExpected, []);
        }
        if (line.NameWithoutColon is { } name)
        {
            return MissingColon(line, name);
        }
        return above?.Field is { } sibling && line.Field is not null && sibling.Column != line.Indent
            ? Indentation(line, sibling.Column, sibling.Name, above)
            : Unreadable(start);
    }

    /// <summary>A list whose next line is not its next item.</summary>
    private static YamlProblem UnexpectedInList(IReadOnlyList<YamlLine> lines, YamlLine line, Mark start)
    {
        var item = Enumerable.Range(0, line.Number - 1).Reverse().Select(i => lines[i]).FirstOrDefault(l => l.IsListItem && l.Indent <= line.Indent);
        if (item is null)
        {
            return Unreadable(start);
        }
        if (line.IsListItem)
        {
            return Indentation(line, item.Indent, "-", item);
        }
        if (line.Field is { } field && line.Indent == item.Indent)
        {
            return new YamlProblem(At(line, line.Indent), ErrorCodes.FieldWhereListItemExpected, [field.Name]);
        }
        return item.Field is { } itemField && line.Field is not null
            ? Indentation(line, itemField.Column, itemField.Name, item)
            : Unreadable(start);
    }

    private static YamlProblem Missing(YamlLine line, Mark start) =>
        line.NameWithoutColon is { } name ? MissingColon(line, name) : Unreadable(start);

    /// <summary>A value that begins with a character YAML keeps for itself (<c>@</c>, <c>`</c>).</summary>
    private static YamlProblem Reserved(string yaml, YamlLine line, Mark start) =>
        start.Index < yaml.Length
            ? new YamlProblem(start, ErrorCodes.ReservedFirstCharacter, [yaml[(int)start.Index].ToString(), line.Field?.Name ?? "title"])
            : Unreadable(start);

    /// <summary>Reported where the colon belongs: right after the name.</summary>
    private static YamlProblem MissingColon(YamlLine line, string name) =>
        new(At(line, line.Indent + name.Length), ErrorCodes.MissingColon, [name]);

    /// <summary>The line should be indented <paramref name="expected"/> spaces, like <paramref name="like"/> on <paramref name="likeLine"/>.</summary>
    private static YamlProblem Indentation(YamlLine line, int expected, string like, YamlLine likeLine) =>
        new(At(line, line.Indent), ErrorCodes.WrongIndentation, [line.Indent, expected, like, likeLine.FileLine]);

    /// <summary>The nearest line above that is not blank or a comment.</summary>
    private static YamlLine? Above(IReadOnlyList<YamlLine> lines, YamlLine line) =>
        Enumerable.Range(0, line.Number - 1).Reverse().Select(i => lines[i]).FirstOrDefault(l => !l.IsBlank);

    /// <summary>A mark on <paramref name="line"/> at a zero-based column (only line and column are used).</summary>
    private static Mark At(YamlLine line, int column) => new(0, line.Number, column + 1);

}
