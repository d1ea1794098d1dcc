using System.Diagnostics;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Sources;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Rebuilds the site for preview, keeping what earlier rebuilds did: the sources are read afresh
/// every time, every pipeline runs over the whole site, and a <see cref="BuildCache"/> skips the
/// work whose inputs are unchanged (front matter per file, the HTML pass per page). Only files
/// whose bytes changed are written (<see cref="IncrementalOutput"/>), and only after the build
/// succeeded, so the folder always holds the last good build, byte for byte what <c>build</c> makes.
/// </summary>
internal sealed class PreviewBuilder(BuildOptions options)
{
    /// <summary>Pagefind's folder in the output, written by <see cref="SearchRefresher"/> and left alone here.</summary>
    public const string SearchFolder = "pagefind";

    private readonly BuildCache cache = new();
    private readonly IncrementalOutput output = new(options.Output, SearchFolder);

    /// <summary>How much the last build reused, for tests.</summary>
    public BuildCache Cache => cache;

    /// <param name="full">Start from nothing: the theme or <c>site.yml</c> changed, or this is the first build.</param>
    public PreviewBuild Build(bool full)
    {
        var watch = Stopwatch.StartNew();
        if (full)
        {
            cache.Clear();
            // The theme's package.json may have changed too.
            var installProblem = ThemeInstaller.EnsureInstalled(options.Theme, Display(options.Theme, options.WorkingDirectory));
            if (installProblem is not null)
            {
                return new PreviewBuild([installProblem.Diagnostic], null, full, 0, watch.Elapsed, TimeSpan.Zero, TimeSpan.Zero);
            }
        }
        // Never a PDF: printing takes seconds on every save; the whole playbook page says how to save it from the browser.
        var sources = SiteSourcesLoader.FromDisk(options.Input, options.Theme, options.WorkingDirectory, makesPdf: false);
        var read = watch.Elapsed;

        watch.Restart();
        var pages = output.StartBuild();
        var result = SiteBuilder.Build(sources, sink: pages, cache: cache);
        var build = watch.Elapsed;
        if (!result.Succeeded)
        {
            return new PreviewBuild(result.Diagnostics, null, full, result.Pages.Count, read, build, TimeSpan.Zero) { Sources = result.Sources };
        }

        watch.Restart();
        try
        {
            var changes = output.Commit(pages, result.Files);
            return new PreviewBuild(result.Diagnostics, changes, full, result.Pages.Count, read, build, watch.Elapsed) { Sources = result.Sources };
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var diagnostic = new Diagnostic(Display(options.Output, options.WorkingDirectory), 1, 1, Severity.Error, ErrorCodes.OutputFailed.Code, ErrorCodes.OutputFailed.Format(error.Message));
            return new PreviewBuild([.. result.Diagnostics, diagnostic], null, full, result.Pages.Count, read, build, watch.Elapsed) { Sources = result.Sources };
        }
    }

    /// <summary>A folder as diagnostics name it: relative to the working folder where it is below it.</summary>
    public static string Display(string folder, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, folder).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative;
    }
}
