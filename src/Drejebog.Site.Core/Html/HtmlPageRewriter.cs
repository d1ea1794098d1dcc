using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Drejebog.Site.Markdown;

namespace Drejebog.Site.Html;

/// <summary>
/// Post-processes one page in a single pass over AngleSharp's HTML tokenizer, without building a
/// DOM: heading ids and anchor links for <c>h2</c>/<c>h3</c> in <c>&lt;main&gt;</c>, the table of
/// contents in <c>&lt;nav data-toc&gt;</c>, the search mark on <c>&lt;main&gt;</c>, and the facts
/// the link checker and CSP guard need. Everything it does not change is copied through verbatim.
/// </summary>
/// <remarks>A DOM parse and re-serialisation of every page was the slowest stage of the build
/// (bench/README.md); the tokenizer does the same work in a fraction of the time.</remarks>
public sealed class HtmlPageRewriter : IDisposable
{
    public const int MinimumTocHeadings = 2;

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
    private readonly TextSource source;
    private readonly HtmlTokenizer tokenizer;
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
        source = new TextSource(html);
        // Text outside headings is copied through verbatim, so the tokenizer need not build strings for it.
        tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        output = new StringBuilder(html.Length + 1024);
        ids = ExplicitIds(html);
    }

    public static PageFacts Rewrite(string html, bool markForSearch)
    {
        using var rewriter = new HtmlPageRewriter(html, markForSearch);
        return rewriter.Run();
    }

    public void Dispose()
    {
        tokenizer.Dispose();
        source.Dispose();
    }

    private PageFacts Run()
    {
        var last = 0;
        while (true)
        {
            // Struct tokens keep names and values as slices of the page: no objects for the thousands of tags we only look at.
            var token = tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                output.Append(html, last, html.Length - last);
                break;
            }
            // Everything the tokenizer consumed since the previous token is this token's source text.
            var end = source.Index;
            var raw = html.AsMemory(last, end - last);
            last = end;
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    StartTag(ref token, raw);
                    break;
                case HtmlTokenType.EndTag:
                    EndTag(token.Name.Memory.ToString(), raw);
                    break;
                case HtmlTokenType.Character:
                    heading?.Text.Append(token.Data.Memory);
                    Target.Append(raw);
                    break;
                default:
                    Target.Append(raw);
                    break;
            }
        }
        FinishTableOfContents();
        return new PageFacts(output, ids, links, inlineCode);
    }

    /// <summary>Where token text goes: the open heading's buffer (its start tag waits for its id), else the page.</summary>
    private StringBuilder Target => heading?.Content ?? output;

    private void StartTag(ref StructHtmlToken token, ReadOnlyMemory<char> raw)
    {
        var name = TagName(token.Name);
        CspBlockedMarkup.Find(ref token, name, inlineCode);
        CollectLink(ref token, name);
        SwitchTokenizerState(name);
        noAnchor?.Open(name);
        noToc?.Open(name);
        tocNav?.Open(name);
        noAnchor ??= HasAttribute(ref token, "data-no-anchor") ? new Region(name) : null;
        noToc ??= HasAttribute(ref token, "data-no-toc") ? new Region(name) : null;
        var interesting = name is "main" or "nav" || (mainDepth > 0 && heading is null && tocNav is null && name is "h2" or "h3");
        if (!interesting)
        {
            Target.Append(raw);
            return;
        }

        var tag = token.ToHtmlToken().AsTag();
        if (tag.Name == "main" && ++mainDepth == 1 && markForSearch && !Has(tag, "data-pagefind-body"))
        {
            output.Append(StartTagWith(tag, ("data-pagefind-body", "")));
        }
        else if (tag.Name == "nav" && tocStart < 0 && Has(tag, "data-toc"))
        {
            tocStart = output.Length;
            tocNav = new Region("nav");
            tocTitleId = tag.GetAttribute("aria-labelledby") is { Length: > 0 } label ? label : tocTitleId;
            output.Append(StartTagWith(tag, ("data-pagefind-ignore", "all"), ("aria-labelledby", tocTitleId)).Replace(" data-toc=\"\"", "", StringComparison.Ordinal));
            tocContentAt = output.Length;
        }
        else if (mainDepth > 0 && heading is null && tocNav is null && tag.Name is "h2" or "h3")
        {
            // The start tag is written when the heading ends and its text (and so its id) is known.
            heading = new OpenHeading(tag, raw.ToString(), Anchor: noAnchor is null, Toc: tag.Name == "h2" && noToc is null);
            tokenizer.SkipDataText = false;
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
            tokenizer.SkipDataText = true;
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
        var text = Collapse(open.Text.ToString());
        var id = open.Start.GetAttribute("id");
        var startTag = open.Raw;
        if (id.Length == 0)
        {
            id = HeadingIds.Unique(HeadingIds.Slug(text), ids);
            startTag = StartTagWith(open.Start, ("id", id));
        }
        output.Append(startTag).Append(open.Content);
        if (open.Anchor)
        {
            output.Append("<a class=\"heading-anchor\" href=\"#").Append(Attribute(id))
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
        toc.Append("<h2 id=\"").Append(Attribute(tocTitleId)).Append("\" class=\"toc-title\">Indhold på siden</h2><ul class=\"toc-list\">");
        foreach (var (id, text) in tocEntries)
        {
            toc.Append("<li><a href=\"#").Append(Attribute(id)).Append("\">").Append(TextEncoder.Encode(text)).Append("</a></li>");
        }
        toc.Append("</ul>");
        output.Insert(tocContentAt, toc.ToString());
    }

    private void CollectLink(ref StructHtmlToken token, string name)
    {
        if (LinkAttributes.TryGetValue(name, out var attribute))
        {
            var value = token.GetAttribute(attribute).Memory.ToString();
            if (value.Length > 0 && !LinkResolver.IsExternal(value))
            {
                links.Add(value);
            }
        }
    }

    private static bool HasAttribute(ref StructHtmlToken token, string attribute)
    {
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == attribute)
            {
                return true;
            }
        }
        return false;
    }

    // Element names repeat thousands of times per site: reuse one string for the common ones.
    private static string TagName(StringOrMemory name) => name.Length switch
    {
        1 when name == "a" => "a",
        1 when name == "p" => "p",
        2 when name == "li" => "li",
        2 when name == "h2" => "h2",
        2 when name == "h3" => "h3",
        2 when name == "td" => "td",
        2 when name == "th" => "th",
        2 when name == "tr" => "tr",
        2 when name == "ul" => "ul",
        3 when name == "nav" => "nav",
        3 when name == "div" => "div",
        4 when name == "main" => "main",
        4 when name == "span" => "span",
        4 when name == "form" => "form",
        4 when name == "link" => "link",
        6 when name == "script" => "script",
        _ => name.Memory.ToString(),
    };

    // The tree builder normally tells the tokenizer how to read an element's content; we have no tree builder.
    private void SwitchTokenizerState(string name) => tokenizer.State = name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => tokenizer.State,
    };

    private static bool Has(HtmlTagToken tag, string attribute)
    {
        foreach (var candidate in tag.Attributes)
        {
            if (candidate.Name == attribute)
            {
                return true;
            }
        }
        return false;
    }

    private static string StartTagWith(HtmlTagToken tag, params (string Name, string Value)[] set)
    {
        var builder = new StringBuilder("<").Append(tag.Name);
        foreach (var attribute in tag.Attributes)
        {
            if (!set.Any(s => s.Name == attribute.Name))
            {
                builder.Append(' ').Append(attribute.Name).Append("=\"").Append(Attribute(attribute.Value)).Append('"');
            }
        }
        foreach (var (name, value) in set)
        {
            builder.Append(' ').Append(name).Append("=\"").Append(Attribute(value)).Append('"');
        }
        return builder.Append(tag.IsSelfClosing ? " />" : ">").ToString();
    }

    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Ids already written in the page, so generated ids never collide with a later one.</summary>
    private static HashSet<string> ExplicitIds(string html)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var at = html.IndexOf(" id=\"", StringComparison.Ordinal); at >= 0; at = html.IndexOf(" id=\"", at + 5, StringComparison.Ordinal))
        {
            var end = html.IndexOf('"', at + 5);
            if (end < 0)
            {
                break;
            }
            found.Add(WebUtility.HtmlDecode(html[(at + 5)..end]));
        }
        return found;
    }

    private sealed record OpenHeading(HtmlTagToken Start, string Raw, bool Anchor, bool Toc)
    {
        /// <summary>The heading's text, for its id and the table of contents.</summary>
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
