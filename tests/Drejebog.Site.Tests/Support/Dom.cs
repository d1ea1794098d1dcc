using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Document = Drejebog.Site.Build.Document;

namespace Drejebog.Site.Tests.Support;

/// <summary>Parses finished pages with AngleSharp, independently of the generator's own HTML processing.</summary>
internal static class Dom
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Parse(Document page) => Parse(page.Html);

    /// <summary>A heading's own text, without the anchor link the generator appends.</summary>
    public static string HeadingText(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: "heading-anchor" }).Select(n => n.TextContent)).Trim();

    /// <summary>The hrefs of the links inside the elements that match <paramref name="selector"/>.</summary>
    public static IReadOnlyList<string> Hrefs(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).SelectMany(e => e.QuerySelectorAll("a[href]")).Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>The hrefs of the links in the element right after the <c>h2</c> titled <paramref name="headingText"/>.</summary>
    public static IReadOnlyList<string> HrefsUnderHeading(IDocument page, string headingText)
    {
        var heading = page.QuerySelectorAll("main h2").SingleOrDefault(h => HeadingText(h) == headingText)
            ?? throw new InvalidOperationException($"No single h2 \"{headingText}\" in the page.");
        var next = heading.NextElementSibling ?? throw new InvalidOperationException($"Nothing after the h2 \"{headingText}\".");
        return next.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
    }
}
