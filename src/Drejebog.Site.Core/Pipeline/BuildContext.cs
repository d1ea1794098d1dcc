using Drejebog.Site.Assets;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Pipeline;

/// <summary>State shared by the modules of one build: sources, diagnostics and what earlier pipelines produced.</summary>
public sealed class BuildContext
{
    public BuildContext(SiteSources sources, IBuildProgress progress, IPageSink? sink = null, BuildCache? cache = null)
    {
        Sources = sources;
        Progress = progress;
        Sink = sink;
        Cache = cache;
        // Hashing the assets and parsing the templates need nothing from the content, so they run
        // while the content is read.
        Assets = Task.Run(() => AssetFingerprinter.Fingerprint(sources.Assets));
        Templates = Task.Run(() => TemplateLibrary.Load(sources.Templates, ThemePath, Diagnostics, AssetUrl));
    }

    public SiteSources Sources { get; }

    public IBuildProgress Progress { get; }

    /// <summary>Where finished pages go as soon as they are done; null keeps them in memory.</summary>
    public IPageSink? Sink { get; }

    /// <summary>What earlier builds in the same process left to reuse (preview); null for a one-off build.</summary>
    public BuildCache? Cache { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public List<PipelineTiming> Timings { get; } = [];

    /// <summary>Set by the front-matter module from <c>site.yml</c>.</summary>
    public SiteSettings? Site { get; set; }

    /// <summary>Set by the content-graph module.</summary>
    public ContentGraph? Graph { get; set; }

    /// <summary>Former URLs and the URL each now sends readers on to; set by the redirect module.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The theme's templates, parsed once per build, starting when the build starts.</summary>
    public Task<TemplateLibrary> Templates { get; }

    /// <summary>The theme's assets with content hashes in their names, hashed once per build, starting when the build starts.</summary>
    public Task<AssetFingerprints> Assets { get; }

    /// <summary>Files copied to the output unchanged (theme assets, images from the input).</summary>
    public List<StaticFile> StaticFiles { get; } = [];

    /// <summary>Files generated from the whole site, such as <c>sitemap.xml</c>.</summary>
    public List<StaticFile> GeneratedFiles { get; } = [];

    public string InputPath(string relativePath) => $"{Sources.InputDisplayRoot}/{relativePath}";

    public string ThemePath(string relativePath) => $"{Sources.ThemeDisplayRoot}/{relativePath}";

    /// <summary>The hashed URL of an asset named relative to <c>/assets/</c> (<c>css/site.css</c>), or null when the theme has none.</summary>
    public string? AssetUrl(string name) => Assets.GetAwaiter().GetResult().Url(name);
}
