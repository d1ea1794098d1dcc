using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Markdown;
using Drejebog.Site.Pipeline;
using Document = Drejebog.Site.Pipeline.Document;

namespace Drejebog.Site.Modules;

/// <summary>
/// Parses each rendered page once with AngleSharp: adds heading anchors, fills the table of
/// contents, marks the content for the search index, rejects inline code, and records the page's
/// ids and internal links for the link checker.
/// </summary>
public sealed class ProcessHtml : IModule
{
    private static readonly string[] LinkAttributes = ["a[href]|href", "link[href]|href", "script[src]|src", "img[src]|src", "form[action]|action"];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context) =>
        documents.AsParallel().AsOrdered()
            .Select(document => document.Failed || document.Html.Length == 0 ? document : Process(document, context))
            .ToList();

    private static Document Process(Document document, BuildContext context)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(document.Html);
        var main = page.QuerySelector("main") ?? page.Body!;

        HeadingIds.Apply(page, main);
        TableOfContents.Apply(page, main);
        if (document.Kind is not (PageKind.NotFound or PageKind.Search))
        {
            main.SetAttribute("data-pagefind-body", "");
        }

        var failed = false;
        foreach (var problem in InlineCodeGuard.Find(page).Distinct())
        {
            context.Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.InlineCode, document.Url, problem);
            failed = true;
        }

        return document with
        {
            Html = "<!DOCTYPE html>\n" + page.DocumentElement.OuterHtml + "\n",
            Anchors = page.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal),
            Hrefs = InternalLinks(page),
            Failed = failed,
        };
    }

    private static List<string> InternalLinks(IDocument page)
    {
        var links = new List<string>();
        foreach (var spec in LinkAttributes)
        {
            var (selector, attribute) = (spec[..spec.IndexOf('|', StringComparison.Ordinal)], spec[(spec.IndexOf('|', StringComparison.Ordinal) + 1)..]);
            foreach (var element in page.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute);
                if (!string.IsNullOrEmpty(value) && !LinkResolver.IsExternal(value))
                {
                    links.Add(value);
                }
            }
        }
        return links;
    }
}
