using Drejebog.Site.Html;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>
/// What a long-running process (<c>preview</c>) keeps from one build to the next, so that a
/// rebuild after a small edit redoes little. Each entry is keyed by everything its result depends
/// on, so a build with a cache makes exactly the files a build without one makes; the preview
/// still clears it when the theme or <c>site.yml</c> changes. <c>build</c> and <c>check</c> build
/// once and use none.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Front matter and typed model per input file, keyed by its path and text (<see cref="CacheDocuments"/>).</summary>
    internal GenerationalCache<string, (Document Input, Document Output)> Documents { get; } = new();

    /// <summary>The HTML pass per page, keyed by the rendered HTML it was given (<see cref="Modules.ProcessHtml"/>).</summary>
    internal GenerationalCache<string, CachedHtmlPass> HtmlPasses { get; } = new();

    /// <summary>How much the last build reused: input files whose front matter was not parsed again, and pages whose HTML pass was skipped.</summary>
    public (int Documents, int Pages) LastBuildHits { get; private set; }

    /// <summary>Forgets everything, so the next build does all the work again.</summary>
    public void Clear()
    {
        Documents.Clear();
        HtmlPasses.Clear();
    }

    internal void BuildFinished()
    {
        LastBuildHits = (Documents.Hits, HtmlPasses.Hits);
        Documents.NextGeneration();
        HtmlPasses.NextGeneration();
    }
}

/// <summary>The result of the HTML pass over one rendered page.</summary>
internal sealed record CachedHtmlPass(string RenderedHtml, bool MarkForSearch, PageFacts Facts);
