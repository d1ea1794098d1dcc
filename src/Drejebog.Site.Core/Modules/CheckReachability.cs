using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Reports content pages that a reader cannot reach by following links from the front page: the
/// menu, lists, breadcrumbs and links in the text of every finished page, followed from <c>/</c>
/// (through former URLs to the pages they send on to). Generated pages (search, progress, 404) are
/// the theme's to link, and are not reported.
/// </summary>
/// <remarks>
/// Runs only when the build has no other errors: a page that failed, a broken link or an unknown
/// phase would otherwise show up here a second time as a page nobody links to.
/// </remarks>
public sealed class CheckReachability : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Redirects];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var pages = documents.Where(d => !d.Failed && d.IsFinished).ToDictionary(d => d.Url, StringComparer.Ordinal);
        if (context.Diagnostics.HasErrors || !pages.TryGetValue("/", out var front))
        {
            return documents;
        }

        var redirects = products.Get(SiteProducts.Redirects);
        var reached = new HashSet<string>(StringComparer.Ordinal) { front.Url };
        var queue = new Queue<Document>([front]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var href in page.Hrefs)
            {
                var target = LinkResolver.Target(page.Url, href).Path;
                target = redirects.GetValueOrDefault(target, target);
                if (reached.Add(target) && pages.TryGetValue(target, out var next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var page in pages.Values.Where(p => !p.IsGenerated && !reached.Contains(p.Url)))
        {
            context.Diagnostics.Error(page.DisplayPath, SourcePosition.Start, ErrorCodes.UnreachablePage, page.Url);
        }
        return documents;
    }
}
