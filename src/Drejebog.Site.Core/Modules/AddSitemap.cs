using System.Security;
using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>Writes <c>sitemap.xml</c> listing every page whose kind belongs in it (not the error page), and <c>robots.txt</c>.</summary>
public sealed class AddSitemap : IModule
{
    public const string RobotsFile = "robots.txt";
    public const string SitemapFile = "sitemap.xml";

    /// <summary>
    /// Crawlers may read the site and find its sitemap, except on another address than
    /// <c>site.yml</c>'s (a deploy preview), which should never compete with the real site in search engines.
    /// </summary>
    public static string Robots(SiteSettings site) => site.IsOtherDeploy
        ? "User-agent: *\nDisallow: /\n"
        : $"User-agent: *\nAllow: /\nSitemap: {site.BaseUrl}/{SitemapFile}\n";

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings];

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (products.Get(SiteProducts.Settings) is not { } site)
        {
            return documents;
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var document in documents.Where(d => !d.Failed && ContentKinds.Named(d.Kind)!.InSitemap).OrderBy(d => d.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(site.BaseUrl + document.Url)).Append("</loc></url>\n");
        }
        xml.Append("</urlset>\n");
        products.Add(SiteProducts.GeneratedFiles,
        [
            new StaticFile(SitemapFile, null, Encoding.UTF8.GetBytes(xml.ToString())),
            new StaticFile(RobotsFile, null, Encoding.UTF8.GetBytes(Robots(site))),
        ]);
        return documents;
    }
}
