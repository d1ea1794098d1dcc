using AngleSharp.Dom;

namespace Drejebog.Site.Html;

/// <summary>Fills a layout's <c>&lt;nav data-toc&gt;</c> with links to the page's <c>h2</c> headings, or removes it when there are too few.</summary>
public static class TableOfContents
{
    public const int MinimumHeadings = 2;

    public static void Apply(IDocument page, IElement main)
    {
        var nav = page.QuerySelector("nav[data-toc]");
        if (nav is null)
        {
            return;
        }
        var headings = main.QuerySelectorAll("h2[id]")
            .Where(h => h.Closest("[data-toc], [data-no-toc]") is null)
            .ToList();
        if (headings.Count < MinimumHeadings)
        {
            nav.Remove();
            return;
        }

        nav.RemoveAttribute("data-toc");
        nav.SetAttribute("data-pagefind-ignore", "all");
        var title = page.CreateElement("h2");
        title.Id = nav.GetAttribute("aria-labelledby") ?? "toc-title";
        title.ClassName = "toc-title";
        title.TextContent = "Indhold på siden";
        nav.SetAttribute("aria-labelledby", title.Id);
        nav.AppendChild(title);

        var list = page.CreateElement("ul");
        list.ClassName = "toc-list";
        foreach (var heading in headings)
        {
            var item = page.CreateElement("li");
            var link = page.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = HeadingText(heading);
            item.AppendChild(link);
            list.AppendChild(item);
        }
        nav.AppendChild(list);
    }

    // The heading's text without the anchor link that HeadingIds appends.
    private static string HeadingText(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: "heading-anchor" }).Select(n => n.TextContent)).Trim();
}
