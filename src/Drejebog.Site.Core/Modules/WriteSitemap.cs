using System.Security;
using System.Text;
using Drejebog.Site.Content;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>Writes <c>sitemap.xml</c> and <c>robots.txt</c> listing every page except the error page.</summary>
public sealed class WriteSitemap : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Site is null)
        {
            return documents;
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var document in documents.Where(d => !d.Failed && d.Kind != PageKind.NotFound).OrderBy(d => d.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(context.Site.BaseUrl + document.Url)).Append("</loc></url>\n");
        }
        xml.Append("</urlset>\n");
        context.GeneratedFiles.Add(new StaticFile("sitemap.xml", null, Encoding.UTF8.GetBytes(xml.ToString())));
        context.GeneratedFiles.Add(new StaticFile("robots.txt", null,
            Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {context.Site.BaseUrl}/sitemap.xml\n")));
        return documents;
    }
}
