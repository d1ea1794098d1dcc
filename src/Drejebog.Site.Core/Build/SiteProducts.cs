using Drejebog.Site.Content;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>What the site's modules produce for each other; each module declares which of these it needs and produces.</summary>
public static class SiteProducts
{
    /// <summary><c>site.yml</c>, for the address being built; null when it is missing or wrong (reported).</summary>
    public static readonly Product<SiteSettings?> Settings = new("site settings");

    /// <summary>Every spelling of every glossary term, for linking them in the text.</summary>
    public static readonly Product<Glossary.GlossaryMatcher> Glossary = new("glossary");

    /// <summary>Phases, milestones and roles with the references between them resolved.</summary>
    public static readonly Product<ContentGraph> Graph = new("content graph");

    /// <summary>Former URLs and the URL each now sends readers on to.</summary>
    public static readonly Product<IReadOnlyDictionary<string, string>> Redirects = new("redirects");

    /// <summary>Files copied to the output unchanged (theme assets, images from the input).</summary>
    public static readonly ProductList<StaticFile> StaticFiles = new("static files");

    /// <summary>Files generated from the whole site, such as <c>sitemap.xml</c>.</summary>
    public static readonly ProductList<StaticFile> GeneratedFiles = new("generated files");
}
