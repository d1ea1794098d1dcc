using Drejebog.Site.Modules;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site;

/// <summary>
/// Builds the whole site in memory through named pipelines, in Statiq's model:
/// read → front matter → Markdown → content graph → templates → HTML → links.
/// Nothing here touches the output folder; see <see cref="Output.OutputWriter"/>.
/// </summary>
public static class SiteBuilder
{
    public static IReadOnlyList<NamedPipeline> CreatePipelines() =>
    [
        new("Indhold", new ReadSiteSettings(), new ReadInputFiles(), new ParseFrontMatter(), new BindFrontMatter(), new RenderMarkdown()),
        new("Model", new BuildContentGraph(), new ValidateContentGraph(), new AddGeneratedPages()),
        new("Skabeloner", new RenderTemplates()),
        new("Html", new ProcessHtml()),
        new("Links", new CopyThemeAssets(), new WriteSitemap(), new CheckLinks()),
    ];

    public static BuildResult Build(SiteSources sources, IBuildProgress? progress = null)
    {
        var context = new BuildContext(sources, progress ?? IBuildProgress.None);
        IReadOnlyList<Document> documents = [];
        foreach (var pipeline in CreatePipelines())
        {
            documents = pipeline.Run(documents, context);
        }
        var pages = documents.Where(d => !d.Failed && d.Html.Length > 0).ToList();
        return new BuildResult(pages, [.. context.StaticFiles, .. context.GeneratedFiles], context.Diagnostics.ToSortedList(), context.Timings);
    }
}
