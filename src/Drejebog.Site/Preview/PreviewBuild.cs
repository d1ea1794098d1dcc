using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli.Preview;

/// <summary>One rebuild in the preview: what it reported, what it changed on disk, and where the time went.</summary>
/// <param name="Diagnostics">Errors and warnings, sorted by file and line.</param>
/// <param name="Changes">What was written; null when the build failed and nothing was.</param>
/// <param name="Full">True when nothing was reused (first build, theme or <c>site.yml</c> changed).</param>
/// <param name="Pages">Pages in the site.</param>
/// <param name="Read">Reading the input and theme from disk.</param>
/// <param name="Build">The pipelines.</param>
/// <param name="Write">Comparing and writing the output.</param>
internal sealed record PreviewBuild(IReadOnlyList<Diagnostic> Diagnostics, OutputChanges? Changes, bool Full, int Pages, TimeSpan Read, TimeSpan Build, TimeSpan Write)
{
    /// <summary>The lines the diagnostics point at.</summary>
    public SourceLines Sources { get; init; } = SourceLines.None;

    public bool Succeeded => Changes is not null;

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public TimeSpan Total => Read + Build + Write;
}
