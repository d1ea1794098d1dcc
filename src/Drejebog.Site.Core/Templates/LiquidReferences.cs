namespace Drejebog.Site.Templates;

/// <summary>
/// The filter names and partial names a Liquid template uses, with where they stand. Fluid only
/// notices an unknown filter or a missing partial while rendering, on every page, without a
/// position; this finds them in the text, so they are reported once, where they are written.
/// </summary>
internal static class LiquidReferences
{
    /// <summary>A name in the template and the offset of its first character.</summary>
    public readonly record struct Reference(string Name, int Offset);

    /// <summary>Every <c>| name</c> inside <c>{{ … }}</c> and <c>{% … %}</c>, outside string literals.</summary>
    public static IEnumerable<Reference> Filters(string text)
    {
        foreach (var (_, start, end) in Tags(text))
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] is '\'' or '"')
                {
                    i = StringEnd(text, i, end);
                }
                else if (text[i] == '|')
                {
                    var nameStart = SkipSpaces(text, i + 1, end);
                    var nameEnd = NameEnd(text, nameStart, end);
                    if (nameEnd > nameStart)
                    {
                        yield return new Reference(text[nameStart..nameEnd], nameStart);
                    }
                }
            }
        }
    }

    /// <summary>The quoted name after every <c>{% render '…' %}</c> and <c>{% include '…' %}</c>.</summary>
    public static IEnumerable<Reference> Partials(string text)
    {
        foreach (var (kind, start, end) in Tags(text))
        {
            if (kind != '%')
            {
                continue;
            }
            var wordStart = SkipSpaces(text, start, end);
            var wordEnd = NameEnd(text, wordStart, end);
            if (text[wordStart..wordEnd] is not ("render" or "include"))
            {
                continue;
            }
            var quote = SkipSpaces(text, wordEnd, end);
            if (quote < end && text[quote] is '\'' or '"')
            {
                var close = StringEnd(text, quote, end);
                if (close < end)
                {
                    yield return new Reference(text[(quote + 1)..close], quote + 1);
                }
            }
        }
    }

    /// <summary>
    /// Every use of <paramref name="name"/> as a whole identifier in the tags and outputs, outside
    /// string literals: after a dot when <paramref name="member"/> (<c>page.name</c>), else not.
    /// </summary>
    public static IEnumerable<Reference> Names(string text, string name, bool member)
    {
        foreach (var (_, start, end) in Tags(text))
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] is '\'' or '"')
                {
                    i = StringEnd(text, i, end);
                    continue;
                }
                var nameEnd = NameEnd(text, i, end);
                if (nameEnd == i)
                {
                    continue;
                }
                var afterDot = i > start && text[i - 1] == '.';
                if (nameEnd - i == name.Length && string.CompareOrdinal(text, i, name, 0, name.Length) == 0 && afterDot == member)
                {
                    yield return new Reference(name, i);
                }
                i = nameEnd - 1;
            }
        }
    }

    // The insides of the tags and outputs, after any whitespace-trimming `-`; raw and comment blocks,
    // and `{% # … %}` comments, are text and left out.
    private static IEnumerable<(char Kind, int Start, int End)> Tags(string text)
    {
        var i = 0;
        while (i < text.Length - 1)
        {
            var open = text.IndexOf('{', i);
            if (open < 0 || open == text.Length - 1)
            {
                yield break;
            }
            var kind = text[open + 1];
            if (kind is not ('{' or '%'))
            {
                i = open + 1;
                continue;
            }
            var start = open + 2;
            if (start < text.Length && text[start] == '-')
            {
                start++;
            }
            var close = TagEnd(text, start, kind == '{' ? '}' : '%');
            if (close < 0)
            {
                // Unclosed: Fluid reports it as a syntax error.
                yield break;
            }
            var end = close > start && text[close - 1] == '-' ? close - 1 : close;
            i = close + 2;
            if (kind == '%')
            {
                var wordStart = SkipSpaces(text, start, end);
                var word = text[wordStart..NameEnd(text, wordStart, end)];
                if (word is "raw" or "comment")
                {
                    i = BlockEnd(text, i, "end" + word);
                    continue;
                }
                if (wordStart < end && text[wordStart] == '#')
                {
                    continue;
                }
            }
            yield return (kind, start, end);
        }
    }

    // The offset of the `}}` or `%}` that closes a tag whose inside starts at `start`, or -1.
    private static int TagEnd(string text, int start, char closer)
    {
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] is '\'' or '"')
            {
                i = StringEnd(text, i, text.Length);
            }
            else if (text[i] == closer && text[i + 1] == '}')
            {
                return i;
            }
        }
        return -1;
    }

    // Just past the `{% endraw %}` or `{% endcomment %}` after `from`, or the end of the text.
    private static int BlockEnd(string text, int from, string endTag)
    {
        for (var open = text.IndexOf("{%", from, StringComparison.Ordinal); open >= 0; open = text.IndexOf("{%", open + 2, StringComparison.Ordinal))
        {
            var start = open + 2 < text.Length && text[open + 2] == '-' ? open + 3 : open + 2;
            var wordStart = SkipSpaces(text, start, text.Length);
            if (text[wordStart..NameEnd(text, wordStart, text.Length)] == endTag)
            {
                var close = text.IndexOf("%}", wordStart, StringComparison.Ordinal);
                return close < 0 ? text.Length : close + 2;
            }
        }
        return text.Length;
    }

    // The offset of the quote that closes the string opened at `quote`, or `end` when none does;
    // like Fluid, a backslash escapes the character after it.
    private static int StringEnd(string text, int quote, int end)
    {
        for (var i = quote + 1; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[quote])
            {
                return i;
            }
        }
        return end;
    }

    private static int SkipSpaces(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        return from;
    }

    // Fluid's identifiers: letters, digits, `_` and `-`.
    private static int NameEnd(string text, int from, int end)
    {
        while (from < end && (char.IsAsciiLetterOrDigit(text[from]) || text[from] is '_' or '-'))
        {
            from++;
        }
        return from;
    }
}
