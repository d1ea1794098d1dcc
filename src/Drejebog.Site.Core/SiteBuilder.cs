using Drejebog.Site.Build;
using Drejebog.Site.Modules;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site;

/// <summary>
/// Builds the whole site in memory through named pipelines, in Statiq's model:
/// read → front matter → Markdown → content graph → templates → HTML → write → links and navigation.
/// What one module produces for later ones is declared (<see cref="SiteProducts"/>), and the order
/// is checked when the pipelines are made. Nothing here touches the output folder but the
/// <see cref="IPageSink"/> a caller gives (<see cref="WritePages"/>).
/// </summary>
public static class SiteBuilder
{
    public static PipelineRunner<Document, BuildContext> CreatePipelines() => new(
    [
        new("Indhold", new ReadSiteSettings(), new ReadInputFiles(), new CacheDocuments(new ParseFrontMatter(), new BindFrontMatter()), new CollectGlossary(), new RenderMarkdown()),
        new("Model", new BuildContentGraph(), new ValidateContentGraph(), new CheckGlossaryUse(), new CheckPhaseDates(), new CheckOrganisationChart(), new AddGeneratedPages()),
        // A page is rendered, post-processed and written in one go, so its intermediate HTML never outlives it.
        new("Sider", new ForEachDocument<Document, BuildContext>(new RenderTemplates(), new ProcessHtml(), new WritePages())),
        // Redirects come after every other file, which a former URL must not overwrite; then every output
        // path is known, and a static file from the input may take none of them. The navigation
        // checks come last and run only when nothing else is wrong; a role without responsibilities is
        // usually linked from nowhere, too, so it is reported before the pages nobody links to.
        new("Filer og kontrol", new CopyThemeAssets(), new AddSitemap(), new AddContentIndex(), new AddResponsibilityMatrix(), new AddCalendar(), new AddRedirects(), new CheckOutputPaths(), new CheckLinks(),
            new CheckRoleResponsibilities(), new CheckReachability()),
    ]);

    /// <param name="sources">What to build.</param>
    /// <param name="progress">Told when each pipeline finishes.</param>
    /// <param name="sink">Receives pages as they are finished; without one they are kept in the result.</param>
    /// <param name="cache">Results of earlier builds to reuse where their inputs are unchanged (preview).</param>
    public static BuildResult Build(SiteSources sources, IBuildProgress? progress = null, IPageSink? sink = null, BuildCache? cache = null)
    {
        var context = new BuildContext(sources, progress ?? IBuildProgress.None, sink, cache);
        foreach (var problem in sources.LoadProblems)
        {
            context.Diagnostics.Add(problem);
        }
        var (documents, products) = CreatePipelines().Run([], context);
        cache?.BuildFinished();
        var pages = documents.Where(d => !d.Failed && d.IsFinished).ToList();
        return new BuildResult(
            pages,
            [.. products.Get(SiteProducts.StaticFiles), .. products.Get(SiteProducts.GeneratedFiles)],
            context.Diagnostics.ToSortedList(),
            [.. context.Timings])
        {
            Sources = SourceLines.Of(sources),
        };
    }
}
