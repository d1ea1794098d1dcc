using System.Buffers;
using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Modules;

/// <summary>
/// Post-processes each rendered page in one tokenizer pass (<see cref="HtmlPageRewriter"/>): heading
/// anchors, table of contents, search marks; rejects inline code; records the page's ids and internal
/// links for the link checker. <see cref="WritePages"/> stores the result.
/// </summary>
public sealed class ProcessHtml : DocumentModule
{
    public override long Cost(Document document) => document.Html.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed || document.Html.Length == 0 ? document : Process(document, context);

    public static Document Process(Document document, BuildContext context)
    {
        var facts = Rewrite(document, markForSearch: ContentKinds.Named(document.Kind)?.Searchable ?? true, context.Cache);
        foreach (var problem in facts.CspBlockedMarkup.Distinct())
        {
            context.Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.CspBlockedMarkup, document.Url, problem);
        }
        // With a sink the page goes to it from the builder (WritePages); only a page kept in memory needs a string.
        var html = context.Sink is null ? facts.Html.ToString() : null;
        // An id clash fails the build but not the page: it is safe to write and its links are still checked.
        ReportIdsTakenByLayout(document, facts.Html, html, context);
        var failed = facts.CspBlockedMarkup.Count > 0;
        return document with
        {
            Html = html ?? "",
            FinishedHtml = html is null ? facts.Html : null,
            IsFinished = !failed,
            Anchors = facts.Ids,
            Hrefs = facts.Links,
            Failed = failed,
        };
    }

    /// <summary>
    /// Reports each <c>{#id}</c> from the body that the layout or the pass also gives an element
    /// (<c>main</c>, <c>forudsaetter</c>, the table of contents' <c>toc-title</c> …), read from the
    /// finished page: the string when there is one, else a pooled copy of the builder, so a long
    /// page does not become one more large string.
    /// </summary>
    private static void ReportIdsTakenByLayout(Document document, StringBuilder page, string? text, BuildContext context)
    {
        if (document.ElementIds.Count == 0)
        {
            return;
        }
        var counts = document.ElementIds.ToDictionary(e => e.Id, _ => 0, StringComparer.Ordinal);
        if (text is not null)
        {
            CountIds(text, counts);
        }
        else
        {
            var copy = ArrayPool<char>.Shared.Rent(page.Length);
            try
            {
                page.CopyTo(0, copy, page.Length);
                CountIds(copy.AsSpan(0, page.Length), counts);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(copy);
            }
        }
        var layout = context.ThemePath(TemplateLibrary.LayoutPath(ContentKinds.Named(document.Kind)!.Layout));
        foreach (var (id, position) in document.ElementIds.Where(e => counts[e.Id] > 1))
        {
            context.Diagnostics.Error(document.DisplayPath, position, ErrorCodes.IdTakenByLayout, id, layout);
        }
    }

    private static void CountIds(ReadOnlySpan<char> html, Dictionary<string, int> counts)
    {
        foreach (var id in new WrittenIds(html))
        {
            if (counts.TryGetValue(id, out var count))
            {
                counts[id] = count + 1;
            }
        }
    }

    /// <summary>
    /// The pass is a function of the rendered HTML alone, so with a cache a page whose rendered
    /// HTML is unchanged since the last build (after an edit, nearly every page) reuses its result.
    /// </summary>
    private static PageFacts Rewrite(Document document, bool markForSearch, BuildCache? cache)
    {
        if (cache is null)
        {
            return HtmlPageRewriter.Rewrite(document.Html, markForSearch);
        }
        if (cache.HtmlPasses.TryGet(document.OutputPath, pass => pass.MarkForSearch == markForSearch && string.Equals(pass.RenderedHtml, document.Html, StringComparison.Ordinal), out var cached))
        {
            return cached.Facts;
        }
        var facts = HtmlPageRewriter.Rewrite(document.Html, markForSearch);
        cache.HtmlPasses.Set(document.OutputPath, new CachedHtmlPass(document.Html, markForSearch, facts));
        return facts;
    }
}
