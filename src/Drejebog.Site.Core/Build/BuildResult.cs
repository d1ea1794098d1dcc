using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>A finished build in memory: the pages, the files to copy, and what went wrong.</summary>
public sealed record BuildResult(
    IReadOnlyList<Document> Pages,
    IReadOnlyList<StaticFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineTiming> Timings)
{
    /// <summary>The source lines the diagnostics point at, to show under them.</summary>
    public SourceLines Sources { get; init; } = SourceLines.None;

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The page at a URL, e.g. <c>/milepaele/fejring/</c>.</summary>
    public Document? Page(string url) => Pages.FirstOrDefault(p => p.Url == url);
}
