using System.Collections.Concurrent;
using System.Globalization;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Html;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Modules;

/// <summary>
/// Renders every page: first the layout of its kind, then <c>base.liquid</c> around it. Templates
/// are parsed once and the view models built once; pages render in parallel.
/// </summary>
public sealed class RenderTemplates : DocumentModule
{
    private TemplateLibrary? library;
    private SiteSettings? site;
    private ContentGraph? graph;
    private ViewModels? models;

    // A template that fails does so on many pages; each distinct failure is reported once.
    private readonly ConcurrentDictionary<(string Layout, string Message), bool> failures = new();

    public override IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings, SiteProducts.Graph];

    public override void Prepare(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var loaded = context.Templates.GetAwaiter().GetResult();
        failures.Clear();
        site = products.Get(SiteProducts.Settings);
        graph = products.Get(SiteProducts.Graph);
        // A template error is reported where it is written; rendering would repeat it on every page.
        if (loaded.HasErrors || site is null || !CheckLayouts(documents, loaded, context))
        {
            return;
        }
        library = loaded;
        models = ViewModels.Create(site, graph, Navigation(documents, graph), documents, context.Sources.MakesPdf ? Output.WholePlaybookPdf.Url : null);
    }

    // List pages are far bigger than single milestones; the table knows which kinds are.
    public override long Cost(Document document) => ContentKinds.Named(document.Kind)?.RenderCost ?? 1;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed || library is null || models is null || site is null || graph is null ? document
        // Its phase's error is reported already (where it is named, or in the phase's file); the
        // layout cannot show a phase that is not there, and blaming the theme would mislead.
        : document.Model is Milestone milestone && !graph.PhasesById.ContainsKey(milestone.Phase.Id) ? document with { Failed = true }
        : Render(document, library, models, site, graph, context, failures);

    private static Document Render(Document document, TemplateLibrary library, ViewModels models, SiteSettings site, ContentGraph graph, BuildContext context,
        ConcurrentDictionary<(string Layout, string Message), bool> failures)
    {
        var variables = PageVariables.For(document, models, site, graph);
        var layout = ContentKinds.Named(document.Kind)!.Layout;
        try
        {
            var main = library.RenderToBuilder(layout, variables, models.SitePages);
            // The whole playbook holds the pages its links lead to: they lead to its sections instead.
            variables["content_main"] = new RenderedHtml(document.Kind == ContentKinds.WholePlaybook.Name ? InPageLinks.Rewrite(main.ToString(), models.WholePlaybookAnchors) : main);
            layout = TemplateLibrary.BaseLayout;
            var links = document.Kind == ContentKinds.WholePlaybook.Name ? models.WholePlaybookLinks : document.Links;
            return document with { Html = library.Render(layout, variables, models.SitePages), BodyHtml = "", Links = links };
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The template is the place to look; the page is only where it showed first.
            if (failures.TryAdd((layout, error.Message), true))
            {
                var failure = library.Locate(layout, error);
                var detail = failure.UndefinedName is { } name
                    ? string.Format(CultureInfo.InvariantCulture, ErrorCodes.TemplateErrorDetails.UndefinedVariable, name, document.Url)
                    : $"{error.Message} (første gang ved siden {document.Url})";
                context.Diagnostics.Error(context.ThemePath(failure.Path), failure.Position, ErrorCodes.TemplateError, detail);
            }
            return document with { Failed = true };
        }
    }

    private static bool CheckLayouts(IReadOnlyList<Document> documents, TemplateLibrary library, BuildContext context)
    {
        var ok = true;
        foreach (var layout in documents.Where(d => !d.Failed).Select(d => ContentKinds.Named(d.Kind)!.Layout).Append(TemplateLibrary.BaseLayout).Distinct())
        {
            if (!library.HasLayout(layout))
            {
                var path = TemplateLibrary.LayoutPath(layout);
                // A layout that exists but failed to parse is already reported.
                if (!context.Sources.Templates.ContainsKey(path))
                {
                    context.Diagnostics.Error(context.ThemePath(path), SourcePosition.Start, ErrorCodes.MissingTemplate, path);
                }
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>
    /// The main menu: the first page with <c>nav_order</c> (the front page), then the pages of the
    /// kinds always in the menu (<see cref="NavigationEntry.Always"/>) in the table's order and the
    /// playbook's reading order, then the other pages with <c>nav_order</c>, by their <c>nav_title</c> if they have one.
    /// </summary>
    private static List<(string Title, string Url)> Navigation(IReadOnlyList<Document> documents, ContentGraph graph)
    {
        var built = documents.Where(d => !d.Failed).ToList();
        var pages = built
            .Where(d => d.Model is PageInfo { NavOrder: not null } && ContentKinds.Named(d.Kind)!.Navigation == NavigationEntry.WhenNavOrder)
            .OrderBy(d => ((PageInfo)d.Model!).NavOrder)
            .Select(d => (((PageInfo)d.Model!).NavTitle ?? d.Model!.Title, d.Url));
        var readingOrder = graph.ReadingOrder();
        var always = ContentKinds.All
            .Where(k => k.Navigation == NavigationEntry.Always)
            .SelectMany(k => built.Where(d => d.Kind == k.Name).OrderBy(d => readingOrder.GetValueOrDefault(d.Url)))
            .Select(d => (d.Model!.Title, d.Url));
        return [.. pages.Take(1), .. always, .. pages.Skip(1)];
    }
}
