using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Drejebog.Site.Html;

/// <summary>What an <see cref="HtmlToken"/> is.</summary>
public enum HtmlTokenKind
{
    /// <summary>Character data, entities not decoded; also the content of raw-text elements (<c>script</c>, <c>style</c>, <c>title</c> …).</summary>
    Text,
    StartTag,
    EndTag,
    /// <summary>A comment, doctype, processing instruction or other markup that is neither text nor an element.</summary>
    Other,
    EndOfFile,
}

/// <summary>
/// One token of a page: where its source text is (<see cref="Start"/> to <see cref="End"/>), and for
/// a tag its name (in lower case) and where its attributes are. Tokens cover the page without gaps, so
/// copying every token's source text gives the page back unchanged.
/// </summary>
public readonly record struct HtmlToken(HtmlTokenKind Kind, int Start, int End, string Name = "", int AttributesStart = 0, int AttributesEnd = 0, bool SelfClosing = false)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a page into <see cref="HtmlToken"/>s without allocating for text or attributes: tags,
/// attributes, comments and raw text are read as the HTML standard's tokenizer reads them, for the
/// pages this generator writes. It replaced AngleSharp's tokenizer in the page pass, which built a
/// string for every attribute name and value of every tag and was the costliest step of a large
/// build (bench/README.md). There is no tree builder: like that pass before, the content of
/// <c>script</c>, <c>style</c>, <c>title</c>, <c>textarea</c> and the other raw-text elements is
/// text wherever they stand.
/// </summary>
public sealed class HtmlScanner(string html)
{
    private int position;
    private string? rawTextOf;

    // Set when a tag runs into the end of the page: a browser drops it and everything after it (it is
    // all inside that tag), so the rest is one text token, and no '<' after it is read again (which
    // would make a page of many cut-off tags quadratic).
    private bool restIsText;

    /// <summary>The next token; <see cref="HtmlTokenKind.EndOfFile"/> at the end, and again after it.</summary>
    public HtmlToken Next()
    {
        var start = position;
        if (start >= html.Length)
        {
            return new HtmlToken(HtmlTokenKind.EndOfFile, start, start);
        }
        if (rawTextOf is { } element)
        {
            rawTextOf = null;
            position = element == "plaintext" ? html.Length : RawTextEnd(element, start);
            if (position > start)
            {
                return new HtmlToken(HtmlTokenKind.Text, start, position);
            }
        }
        if (html[start] == '<' && Markup(start) is { } markup)
        {
            position = markup.End;
            if (markup.Kind == HtmlTokenKind.StartTag && IsRawText(markup.Name))
            {
                rawTextOf = markup.Name;
            }
            return markup;
        }
        // Text runs to the next '<' that starts markup; a '<' that does not ("a < b") is text.
        var end = start + 1;
        while (!restIsText && end < html.Length && (end = html.IndexOf('<', end)) >= 0 && Markup(end) is null)
        {
            end++;
        }
        position = restIsText || end < 0 || end > html.Length ? html.Length : end;
        return new HtmlToken(HtmlTokenKind.Text, start, position);
    }

    /// <summary>The attributes of a tag token, in source order.</summary>
    public HtmlAttributes Attributes(in HtmlToken tag) => new(html, tag.AttributesStart, tag.AttributesEnd);

    private static bool IsRawText(string name) =>
        name is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "title" or "textarea" or "plaintext";

    // The markup that starts at `at` ('<'), or null when the '<' is text.
    private HtmlToken? Markup(int at)
    {
        var next = at + 1 < html.Length ? html[at + 1] : '\0';
        if (char.IsAsciiLetter(next))
        {
            return Tag(at, at + 1, HtmlTokenKind.StartTag);
        }
        if (next == '/' && at + 2 < html.Length)
        {
            var after = html[at + 2];
            return char.IsAsciiLetter(after) ? Tag(at, at + 2, HtmlTokenKind.EndTag)
                // `</>` is dropped by browsers; `</ …>` and `</1 …>` are bogus comments.
                : new HtmlToken(HtmlTokenKind.Other, at, after == '>' ? at + 3 : ThroughGreaterThan(at + 2));
        }
        if (next == '!')
        {
            return new HtmlToken(HtmlTokenKind.Other, at, string.CompareOrdinal(html, at, "<!--", 0, 4) == 0 ? CommentEnd(at + 4) : ThroughGreaterThan(at + 2));
        }
        return next == '?' ? new HtmlToken(HtmlTokenKind.Other, at, ThroughGreaterThan(at + 2)) : null;
    }

    private HtmlToken? Tag(int at, int nameStart, HtmlTokenKind kind)
    {
        var i = SkipTo(html, nameStart, html.Length, TagNameEnd);
        var name = TagName(html.AsSpan(nameStart, i - nameStart));
        var attributesStart = i;
        while (i < html.Length)
        {
            var c = html[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '>')
            {
                return new HtmlToken(kind, at, i + 1, name, attributesStart, i);
            }
            else if (c == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    return new HtmlToken(kind, at, i + 2, name, attributesStart, i, SelfClosing: true);
                }
                i++;
            }
            else if ((i = HtmlAttributes.Read(html, i, html.Length, out _)) < 0)
            {
                break;
            }
        }
        // A tag cut off by the end of the page is dropped by browsers: here it stays text, copied as it is.
        restIsText = true;
        return null;
    }

    // Element names repeat thousands of times per site: the common ones are one string each, found without making one.
    private static string TagName(ReadOnlySpan<char> name) =>
        KnownTags.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownTags = new[]
    {
        "a", "p", "li", "ul", "ol", "div", "span", "td", "th", "tr", "h1", "h2", "h3", "h4", "nav", "main", "section", "strong", "em",
        "time", "table", "tbody", "thead", "abbr", "br", "img", "link", "meta", "script", "form", "input", "label", "button", "svg",
        "path", "text", "rect", "line", "g", "title", "dl", "dt", "dd", "details", "summary", "header", "footer", "aside", "figure", "caption",
    }.ToFrozenDictionary(name => name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private int ThroughGreaterThan(int from)
    {
        var end = html.IndexOf('>', from);
        return end < 0 ? html.Length : end + 1;
    }

    // A comment ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments.
    private int CommentEnd(int from)
    {
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }
        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }
        for (var i = html.IndexOf("--", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("--", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < html.Length && html[i + 2] == '>')
            {
                return i + 3;
            }
            if (i + 3 < html.Length && html[i + 2] == '!' && html[i + 3] == '>')
            {
                return i + 4;
            }
        }
        return html.Length;
    }

    // Raw text ends at "</name" followed by a space, '/' or '>', in any case.
    private int RawTextEnd(string element, int from)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + element.Length;
            if (after < html.Length && string.Compare(html, i + 2, element, 0, element.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return i;
            }
        }
        return html.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>The first index from <paramref name="from"/> before <paramref name="limit"/> that holds one of <paramref name="stops"/>, else <paramref name="limit"/>.</summary>
    internal static int SkipTo(string html, int from, int limit, SearchValues<char> stops)
    {
        var found = html.AsSpan(from, limit - from).IndexOfAny(stops);
        return found < 0 ? limit : from + found;
    }

    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");
}
