using Drejebog.Site.Assets;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Build;

/// <summary>
/// The services of one build that every module may use: sources, diagnostics, where pages go, the
/// cache, the theme's templates and assets. What modules produce for each other is not here but
/// declared (<see cref="SiteProducts"/>).
/// </summary>
public sealed class BuildContext : IPipelineContext<Document>
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

    public ICollection<PipelineTiming> Timings { get; } = [];

    /// <summary>The theme's templates, parsed once per build, starting when the build starts.</summary>
    public Task<TemplateLibrary> Templates { get; }

    /// <summary>The theme's assets with content hashes in their names, hashed once per build, starting when the build starts.</summary>
    public Task<AssetFingerprints> Assets { get; }

    public string InputPath(string relativePath) => $"{Sources.InputDisplayRoot}/{relativePath}";

    public string ThemePath(string relativePath) => $"{Sources.ThemeDisplayRoot}/{relativePath}";

    /// <summary>The hashed URL of an asset named relative to <c>/assets/</c> (<c>css/site.css</c>), or null when the theme has none.</summary>
    public string? AssetUrl(string name) => Assets.GetAwaiter().GetResult().Url(name);

    /// <summary>A page that cannot be stored is the machine failing, not the content.</summary>
    public bool EndsBuild(Exception exception) => exception is PageSinkException;

    /// <summary>
    /// A bug of ours (or a library's) on one file becomes an error on that file, so the others are
    /// still reported and the previous output stays untouched.
    /// </summary>
    public Document ModuleFailed(Document document, string moduleName, Exception exception)
    {
        Diagnostics.Error(document.DisplayPath, SourcePosition.Start, ErrorCodes.InternalError, moduleName, exception.Message);
        return document with { Failed = true };
    }
}
