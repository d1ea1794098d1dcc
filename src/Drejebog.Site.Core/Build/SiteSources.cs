namespace Drejebog.Site.Build;

/// <summary>
/// Everything a build reads: the input files, the theme's templates and the static assets.
/// Loading from disk happens here only, so tests can build a whole site from memory.
/// </summary>
public sealed class SiteSources
{
    /// <summary>How the input folder is named in diagnostics (<c>input</c>).</summary>
    public string InputDisplayRoot { get; init; } = "input";

    /// <summary>How the theme folder is named in diagnostics (<c>theme</c>).</summary>
    public string ThemeDisplayRoot { get; init; } = "theme";

    public IReadOnlyList<SourceFile> InputFiles { get; init; } = [];

    /// <summary>Template texts by path relative to the theme folder (<c>layouts/base.liquid</c>).</summary>
    public IReadOnlyDictionary<string, string> Templates { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<StaticFile> Assets { get; init; } = [];

    /// <summary>Theme files that were expected but missing (reported as diagnostics).</summary>
    public IReadOnlyList<string> MissingAssets { get; init; } = [];

    /// <summary>Files that were refused while reading from disk (links out of the folder, FIFOs, files over the size limit).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> LoadProblems { get; init; } = [];

    /// <summary>
    /// The address the site is built for when it is not <c>base_url</c> in <c>site.yml</c> (a deploy
    /// preview, <c>--base-url</c>); null builds for <c>site.yml</c>'s. See <see cref="Content.SiteSettings.DeployedAt"/>.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Whether <c>build</c> prints the whole playbook to a PDF after writing the site (it found
    /// Chromium and was not told <c>--no-pdf</c>). Decided before anything renders, so
    /// <c>/hele-drejebogen/</c> links to the PDF only when there will be one; never for <c>check</c> or <c>preview</c>.
    /// </summary>
    public bool MakesPdf { get; init; }
}
