using System.Buffers;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Drejebog.Site.Html;

/// <summary>One attribute of a tag: its name and its value as written (entities not decoded).</summary>
public readonly record struct AttributeSpan(int NameStart, int NameLength, int ValueStart, int ValueLength);

/// <summary>
/// The attributes of one tag, read from the page's text when asked for; names compare without
/// regard to case, as HTML's do. A repeated name counts once, the first time, as browsers keep it.
/// </summary>
public readonly struct HtmlAttributes(string html, int start, int end)
{
    public Enumerator GetEnumerator() => new(html, start, end);

    public ReadOnlySpan<char> Name(in AttributeSpan attribute) => html.AsSpan(attribute.NameStart, attribute.NameLength);

    /// <summary>The value as written, character references and all.</summary>
    public ReadOnlySpan<char> RawValue(in AttributeSpan attribute) => html.AsSpan(attribute.ValueStart, attribute.ValueLength);

    /// <summary>The value with its character references decoded (<c>&amp;amp;</c> is <c>&amp;</c>).</summary>
    public string Value(in AttributeSpan attribute)
    {
        var raw = html.AsSpan(attribute.ValueStart, attribute.ValueLength);
        return raw.Contains('&') ? Decode(raw.ToString()) : raw.ToString();
    }

    // Rare, and it must be exact: HTML has some 2,200 named references (`&colon;` is ':', so
    // `javascript&colon;` is a scheme to the CSP guard), and rules for those written without ';'.
    // AngleSharp's tokenizer knows them all; it reads the value in a tag of its own.
    private static string Decode(string raw)
    {
        // An unquoted value may hold both quotes; as a reference, '"' reads the same inside the double quotes.
        using var source = new TextSource($"<a v=\"{raw.Replace("\"", "&quot;", StringComparison.Ordinal)}\">");
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        return tokenizer.Get().AsTag().GetAttribute("v");
    }

    public bool Has(string name) => Find(name, out _);

    /// <summary>
    /// Writes <c> name="value"</c> for each attribute a browser keeps (<see cref="Distinct"/>), with the
    /// value <paramref name="rewrite"/> gives for its name and decoded value; null leaves it out.
    /// </summary>
    public void AppendTo(StringBuilder tag, Func<string, string, string?> rewrite)
    {
        foreach (var (name, attribute) in Distinct())
        {
            if (rewrite(name, Value(attribute)) is { } value)
            {
                Append(tag, name, value);
            }
        }
    }

    /// <summary>Writes <c> name="value"</c>, the value encoded for a double-quoted attribute.</summary>
    public static StringBuilder Append(StringBuilder tag, string name, string value) =>
        tag.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');

    /// <summary>A value as it may stand between double quotes.</summary>
    public static string Encode(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The decoded value of the named attribute; empty when the tag has none.</summary>
    public string Get(string name) => Find(name, out var attribute) ? Value(attribute) : "";

    /// <summary>
    /// Each attribute a browser keeps, with its name in lower case: the first of each name (the
    /// later ones are ignored). Linear in the attributes, however many a tag has.
    /// </summary>
    public IEnumerable<(string Name, AttributeSpan Attribute)> Distinct()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in this)
        {
            var name = Name(attribute).ToString().ToLowerInvariant();
            if (seen.Add(name))
            {
                yield return (name, attribute);
            }
        }
    }

    private bool Find(string name, out AttributeSpan found)
    {
        foreach (var attribute in this)
        {
            if (Name(attribute).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                found = attribute;
                return true;
            }
        }
        found = default;
        return false;
    }

    /// <summary>
    /// Reads the attribute whose name starts at <paramref name="at"/>, as the standard's tokenizer
    /// does: a name up to a space, '/', '>' or '='; then an optional '=' and a value, quoted or not.
    /// Returns where the next one may start, or -1 when a quoted value is not closed before <paramref name="limit"/>.
    /// </summary>
    internal static int Read(string html, int at, int limit, out AttributeSpan attribute)
    {
        // The first character belongs to the name even when it is '='.
        var i = HtmlScanner.SkipTo(html, at + 1, limit, NameEnd);
        var nameLength = i - at;
        var j = i;
        while (j < limit && HtmlScanner.IsSpace(html[j]))
        {
            j++;
        }
        if (j >= limit || html[j] != '=')
        {
            attribute = new AttributeSpan(at, nameLength, i, 0);
            return i;
        }
        j++;
        while (j < limit && HtmlScanner.IsSpace(html[j]))
        {
            j++;
        }
        if (j < limit && html[j] is '"' or '\'')
        {
            var close = html.IndexOf(html[j], j + 1, limit - j - 1);
            attribute = new AttributeSpan(at, nameLength, j + 1, close < 0 ? 0 : close - j - 1);
            return close < 0 ? -1 : close + 1;
        }
        var k = HtmlScanner.SkipTo(html, j, limit, UnquotedValueEnd);
        attribute = new AttributeSpan(at, nameLength, j, k - j);
        return k;
    }

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\f\r>");

    public struct Enumerator(string html, int position, int end)
    {
        public AttributeSpan Current { get; private set; }

        public bool MoveNext()
        {
            while (position < end && (HtmlScanner.IsSpace(html[position]) || html[position] == '/'))
            {
                position++;
            }
            if (position >= end)
            {
                return false;
            }
            position = Read(html, position, end, out var attribute);
            Current = attribute;
            if (position < 0)
            {
                position = end;
            }
            return true;
        }
    }
}
