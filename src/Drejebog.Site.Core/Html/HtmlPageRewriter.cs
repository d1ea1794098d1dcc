using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Drejebog.Site.Markdown;

namespace Drejebog.Site.Html;

/// <summary>
/// Post-processes one page in a single pass over its tokens (<see cref="HtmlScanner"/>), without building a
/// DOM: heading ids and anchor links for <c>h2</c>/<c>h3</c> in <c>&lt;main&gt;</c>, the table of
/// contents in <c>&lt;nav data-toc&gt;</c>, the search mark on <c>&lt;main&gt;</c>, and the facts
/// the link checker and CSP guard need. Everything it does not change is copied through verbatim.
/// </summary>
/// <remarks>A DOM parse and re-serialisation of every page was the slowest stage of the build
/// (bench/README.md); a tokenizer does the same work in a fraction of the time.</remarks>
public sealed class HtmlPageRewriter
{
    public const int MinimumTocHeadings = 2;

    // Below the large-object heap's 85,000 bytes.
    private const int FirstChunkLimit = 40_000;

    private static readonly Dictionary<string, string> LinkAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = "href",
        ["link"] = "href",
        ["script"] = "src",
        ["img"] = "src",
        ["form"] = "action",
    };

    // Danish letters stay readable; markup characters are encoded (as in the templates).
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string html;
    private readonly bool markForSearch;
    private readonly HtmlScanner scanner;
    private readonly StringBuilder output;
    private readonly HashSet<string> ids;
    private readonly List<string> links = [];
    private readonly List<string> inlineCode = [];
    private readonly List<(string Id, string Text)> tocEntries = [];
    private int mainDepth;
    private Region? noAnchor;
    private Region? noToc;
    private Region? tocNav;
    private int tocStart = -1;
    private int tocContentAt = -1;
    private int tocEnd = -1;
    private string tocTitleId = "toc-title";
    private OpenHeading? heading;

    private HtmlPageRewriter(string html, bool markForSearch)
    {
        this.html = html;
        this.markForSearch = markForSearch;
        scanner = new HtmlScanner(html);
        // A builder grows in chunks of at most 8,000 characters; only its first is this size, and a
        // long page's would land on the large-object heap, whose filling costs a full collection.
        output = new StringBuilder(Math.Min(html.Length + 1024, FirstChunkLimit));
        ids = ExplicitIds(html);
    }

    public static PageFacts Rewrite(string html, bool markForSearch) => new HtmlPageRewriter(html, markForSearch).Run();

    private PageFacts Run()
    {
        while (true)
        {
            var token = scanner.Next();
            if (token.Kind == HtmlTokenKind.EndOfFile)
            {
                // A heading never closed: what it held is copied as it was, not lost.
                if (heading is not null)
                {
                    output.Append(heading.Raw).Append(heading.Content);
                }
                break;
            }
            var raw = html.AsMemory(token.Start, token.Length);
            switch (token.Kind)
            {
                case HtmlTokenKind.StartTag:
                    StartTag(token, raw);
                    break;
                case HtmlTokenKind.EndTag:
                    EndTag(token.Name, raw);
                    break;
                case HtmlTokenKind.Text:
                    heading?.Text.Append(raw);
                    Target.AppendInPieces(raw.Span);
                    break;
                default:
                    Target.AppendInPieces(raw.Span);
                    break;
            }
        }
        FinishTableOfContents();
        return new PageFacts(output, ids, links, inlineCode);
    }

    /// <summary>Where token text goes: the open heading's buffer (its start tag waits for its id), else the page.</summary>
    private StringBuilder Target => heading?.Content ?? output;

    private void StartTag(HtmlToken token, ReadOnlyMemory<char> raw)
    {
        var name = token.Name;
        var attributes = scanner.Attributes(token);
        CspBlockedMarkup.Find(attributes, name, inlineCode);
        CollectLink(attributes, name);
        noAnchor?.Open(name);
        noToc?.Open(name);
        tocNav?.Open(name);
        // Both marks are rare: one search of the tag's text spares reading its attributes twice more.
        if (html.AsSpan(token.AttributesStart, token.AttributesEnd - token.AttributesStart).Contains("data-no-", StringComparison.OrdinalIgnoreCase))
        {
            noAnchor ??= attributes.Has("data-no-anchor") ? new Region(name) : null;
            noToc ??= attributes.Has("data-no-toc") ? new Region(name) : null;
        }
        var interesting = name is "main" or "nav" || (mainDepth > 0 && heading is null && tocNav is null && name is "h2" or "h3");
        if (!interesting)
        {
            Target.Append(raw);
            return;
        }

        if (name == "main" && ++mainDepth == 1 && markForSearch && !attributes.Has("data-pagefind-body"))
        {
            output.Append(StartTagWith(token, attributes, ("data-pagefind-body", "")));
        }
        else if (name == "nav" && tocStart < 0 && attributes.Has("data-toc"))
        {
            tocStart = output.Length;
            tocNav = new Region("nav");
            tocTitleId = attributes.Get("aria-labelledby") is { Length: > 0 } label ? label : tocTitleId;
            output.Append(StartTagWith(token, attributes, ("data-pagefind-ignore", "all"), ("aria-labelledby", tocTitleId)).Replace(" data-toc=\"\"", "", StringComparison.Ordinal));
            tocContentAt = output.Length;
        }
        else if (mainDepth > 0 && heading is null && tocNav is null && name is "h2" or "h3")
        {
            // The start tag is written when the heading ends and its text (and so its id) is known.
            heading = new OpenHeading(token, attributes, raw.ToString(), Anchor: noAnchor is null, Toc: name == "h2" && noToc is null);
        }
        else
        {
            Target.Append(raw);
        }
    }

    private void EndTag(string name, ReadOnlyMemory<char> raw)
    {
        if (name == "main")
        {
            mainDepth--;
        }
        if (noAnchor?.Close(name) == true)
        {
            noAnchor = null;
        }
        if (noToc?.Close(name) == true)
        {
            noToc = null;
        }
        if (heading is not null && name == heading.Start.Name)
        {
            var finished = heading;
            heading = null;
            FinishHeading(finished);
        }
        Target.Append(raw);
        if (tocNav?.Close(name) == true)
        {
            tocNav = null;
            tocEnd = output.Length;
        }
    }

    private void FinishHeading(OpenHeading open)
    {
        var text = Collapse(WebUtility.HtmlDecode(open.Text.ToString()));
        var id = open.Attributes.Get("id");
        var startTag = open.Raw;
        if (id.Length == 0)
        {
            id = HeadingIds.Unique(HeadingIds.Slug(text), ids);
            startTag = StartTagWith(open.Start, open.Attributes, ("id", id));
        }
        output.Append(startTag).Append(open.Content);
        if (open.Anchor)
        {
            output.Append("<a class=\"heading-anchor\" href=\"#").Append(HtmlAttributes.Encode(id))
                .Append("\" data-pagefind-ignore=\"all\"><span class=\"sr-only\">Link til afsnittet ")
                .Append(TextEncoder.Encode(text)).Append("</span></a>");
        }
        if (open.Toc)
        {
            tocEntries.Add((id, text));
        }
    }

    private void FinishTableOfContents()
    {
        if (tocStart < 0 || tocEnd < 0)
        {
            return;
        }
        if (tocEntries.Count < MinimumTocHeadings)
        {
            output.Remove(tocStart, tocEnd - tocStart);
            return;
        }
        ids.Add(tocTitleId);
        var toc = new StringBuilder();
        toc.Append("<h2 id=\"").Append(HtmlAttributes.Encode(tocTitleId)).Append("\" class=\"toc-title\">Indhold på siden</h2><ul class=\"toc-list\">");
        foreach (var (id, text) in tocEntries)
        {
            toc.Append("<li><a href=\"#").Append(HtmlAttributes.Encode(id)).Append("\">").Append(TextEncoder.Encode(text)).Append("</a></li>");
        }
        toc.Append("</ul>");
        output.Insert(tocContentAt, toc.ToString());
    }

    private void CollectLink(HtmlAttributes attributes, string name)
    {
        if (LinkAttributes.TryGetValue(name, out var attribute))
        {
            var value = attributes.Get(attribute);
            if (value.Length > 0 && !LinkResolver.IsExternal(value))
            {
                links.Add(value);
            }
        }
    }

    private static string StartTagWith(HtmlToken tag, HtmlAttributes attributes, params (string Name, string Value)[] set)
    {
        var builder = new StringBuilder("<").Append(tag.Name);
        attributes.AppendTo(builder, (name, value) => set.Any(s => s.Name == name) ? null : value);
        foreach (var (name, value) in set)
        {
            HtmlAttributes.Append(builder, name, value);
        }
        return builder.Append(tag.SelfClosing ? " />" : ">").ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Ids already written in the page, so generated ids never collide with a later one.</summary>
    private static HashSet<string> ExplicitIds(string html)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in new WrittenIds(html))
        {
            found.Add(id);
        }
        return found;
    }

    private sealed record OpenHeading(HtmlToken Start, HtmlAttributes Attributes, string Raw, bool Anchor, bool Toc)
    {
        /// <summary>The heading's text as written (entities not decoded), for its id and the table of contents.</summary>
        public StringBuilder Text { get; } = new();

        /// <summary>The heading's markup, written out when the heading ends.</summary>
        public StringBuilder Content { get; } = new();
    }

    /// <summary>An element whose end we wait for, counting nested elements of the same name.</summary>
    private sealed class Region(string name)
    {
        private int depth = 1;

        public void Open(string tagName)
        {
            if (tagName == name)
            {
                depth++;
            }
        }

        public bool Close(string tagName) => tagName == name && --depth == 0;
    }
}
