using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Sends each page's former URLs (<c>redirect_from</c>) on to the page: one line each in Netlify's
/// <c>_redirects</c>, and a small HTML page at each former URL for other hosts. A former URL must
/// not be a page's URL, another page's former URL, or a file the site already writes.
/// </summary>
public sealed class AddRedirects : IModule
{
    public const string NetlifyFile = "_redirects";

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings, SiteProducts.StaticFiles, SiteProducts.GeneratedFiles];

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.Redirects, SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var pageAt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Url.Length > 0))
        {
            pageAt.TryAdd(document.Url, document.DisplayPath);
        }
        var taken = documents.Where(d => d.OutputPath.Length > 0).Select(d => d.OutputPath)
            .Concat(products.Get(SiteProducts.StaticFiles).Concat(products.Get(SiteProducts.GeneratedFiles)).Select(f => f.OutputPath))
            .Concat(CheckLinks.GeneratedLater.Select(folder => folder.Trim('/')))
            .Append(NetlifyFile)
            .ToHashSet(StringComparer.Ordinal);

        var redirects = new SortedDictionary<string, (Document Page, string DeclaredIn)>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => !d.Failed).OrderBy(d => d.DisplayPath, StringComparer.Ordinal))
        {
            foreach (var former in document.RedirectFrom)
            {
                var outputPath = ContentKinds.OutputPathOf(former.Url);
                if (pageAt.TryGetValue(former.Url, out var page))
                {
                    context.Diagnostics.Error(document.DisplayPath, former.Position, ErrorCodes.RedirectFromExistingPage, former.Url, page);
                }
                else if (redirects.TryGetValue(former.Url, out var first))
                {
                    context.Diagnostics.Error(document.DisplayPath, former.Position, ErrorCodes.DuplicateRedirect, former.Url, first.DeclaredIn);
                }
                else if (Overwrites(outputPath, taken) is { } file)
                {
                    context.Diagnostics.Error(document.DisplayPath, former.Position, ErrorCodes.RedirectOverwritesFile, former.Url, file);
                }
                else
                {
                    redirects.Add(former.Url, (document, document.DisplayPath));
                    taken.Add(outputPath);
                }
            }
        }

        products.Set(SiteProducts.Redirects, redirects.ToDictionary(r => r.Key, r => r.Value.Page.Url, StringComparer.Ordinal));
        if (redirects.Count > 0 && products.Get(SiteProducts.Settings) is { } site)
        {
            var files = new List<StaticFile>();
            var netlify = new StringBuilder("# Former URLs (redirect_from in input/), written by drejebog build.\n")
                .Append("# `!` forces the redirect although the HTML redirect page exists at the same path.\n");
            foreach (var (from, (page, _)) in redirects)
            {
                netlify.Append(from).Append(' ').Append(page.Url).Append(" 301!\n");
                var html = RedirectPage.Render(page.Url, page.Title, site.BaseUrl, site.Title);
                files.Add(new StaticFile(ContentKinds.OutputPathOf(from), null, Encoding.UTF8.GetBytes(html)));
            }
            files.Add(new StaticFile(NetlifyFile, null, Encoding.UTF8.GetBytes(netlify.ToString())));
            products.Add(SiteProducts.GeneratedFiles, files);
        }
        return documents;
    }

    /// <summary>The file that writing <paramref name="outputPath"/> would overwrite: the same path, or a file where it needs a folder.</summary>
    private static string? Overwrites(string outputPath, HashSet<string> taken)
    {
        if (taken.Contains(outputPath))
        {
            return outputPath;
        }
        for (var slash = outputPath.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = outputPath.IndexOf('/', slash + 1))
        {
            if (taken.Contains(outputPath[..slash]))
            {
                return outputPath[..slash];
            }
        }
        return null;
    }
}
