using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Pipeline;

/// <summary>State shared by the modules of one build: sources, diagnostics and what earlier pipelines produced.</summary>
public sealed class BuildContext(SiteSources sources, IBuildProgress progress)
{
    public SiteSources Sources { get; } = sources;

    public IBuildProgress Progress { get; } = progress;

    public DiagnosticBag Diagnostics { get; } = new();

    public List<PipelineTiming> Timings { get; } = [];

    /// <summary>Set by the front-matter module from <c>site.yml</c>.</summary>
    public SiteSettings? Site { get; set; }

    /// <summary>Set by the content-graph module.</summary>
    public ContentGraph? Graph { get; set; }

    /// <summary>Parsed once per build by the template module.</summary>
    public TemplateLibrary? Templates { get; set; }

    /// <summary>Files copied to the output unchanged (theme assets, images from the input).</summary>
    public List<StaticFile> StaticFiles { get; } = [];

    /// <summary>Files generated from the whole site, such as <c>sitemap.xml</c>.</summary>
    public List<StaticFile> GeneratedFiles { get; } = [];

    public string InputPath(string relativePath) => $"{Sources.InputDisplayRoot}/{relativePath}";

    public string ThemePath(string relativePath) => $"{Sources.ThemeDisplayRoot}/{relativePath}";
}
