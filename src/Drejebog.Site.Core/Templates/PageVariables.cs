using Drejebog.Site.Build;
using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>Builds the variables for one page: <c>page</c>, <c>site</c> with this page's menu state, and the kind's own object.</summary>
public static class PageVariables
{
    public static Dictionary<string, object?> For(Document document, ViewModels models, SiteSettings settings, ContentGraph graph)
    {
        var variables = new Dictionary<string, object?>
        {
            ["site"] = SiteFor(document, models, graph),
            ["content"] = document.BodyHtml,
        };
        var model = document.Model!;
        var title = document.Title;
        var crumbs = new List<(string Title, string Url)> { ("Forside", "/") };
        if (Parent(document, graph) is { } parent)
        {
            crumbs.Add(parent);
        }

        // The kind's own view model, for the layouts that show one phase, milestone or role.
        switch (model)
        {
            case Milestone milestone:
                title = $"{graph.MilestoneNumber(milestone)} {milestone.Title}";
                variables["milestone"] = models.Milestones[milestone.Id];
                break;
            case Phase phase:
                variables["phase"] = models.Phases[phase.Id];
                break;
            case Role role:
                variables["role"] = models.Roles[role.Id];
                break;
            case Term term:
                variables["term"] = models.Terms[term.Id];
                break;
        }
        if (document.Kind == ContentKinds.Matrix.Name)
        {
            variables["matrix"] = models.Matrix;
        }
        if (document.Kind == ContentKinds.Glossary.Name)
        {
            variables["glossary"] = models.Glossary;
        }
        if (document.Kind == ContentKinds.WholePlaybook.Name)
        {
            variables["whole"] = models.WholePlaybook;
        }
        if (document.Url != "/")
        {
            crumbs.Add((title, document.Url));
        }

        variables["page"] = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["url"] = document.Url,
            ["kind"] = document.Kind,
            ["summary"] = model.Summary,
            ["is_draft"] = model.Status == ContentStatus.Draft,
            ["edit_url"] = document.IsGenerated ? ViewModels.Missing : $"{settings.Repository}/edit/{settings.Branch}/input/{document.RelativePath}",
            // The terms the body links, whose short definitions the page lists (partial page-terms).
            ["terms"] = document.Terms.Where(models.Terms.ContainsKey).Select(id => models.Terms[id]).ToList(),
            ["breadcrumbs"] = crumbs.Select(c => new Dictionary<string, object?> { ["title"] = c.Title, ["url"] = c.Url }).ToList(),
        };
        return variables;
    }

    /// <summary>
    /// The page a page belongs under, in the breadcrumb and the menu: a milestone's phase, or its
    /// kind's <see cref="ContentKind.Parent"/> (a role's organisation page).
    /// </summary>
    private static (string Title, string Url)? Parent(Document document, ContentGraph graph) =>
        document.Model is Milestone milestone
            ? graph.PhasesById.TryGetValue(milestone.Phase.Id, out var phase) ? (phase.PageTitle, phase.Url) : null
            : ContentKinds.Named(document.Kind)!.Parent;

    private static Dictionary<string, object?> SiteFor(Document document, ViewModels models, ContentGraph graph)
    {
        // A shallow copy: only the menu's active flags differ from page to page.
        var site = new Dictionary<string, object?>(models.Site);
        var section = Parent(document, graph)?.Url ?? document.Url;
        site["nav"] = models.Navigation
            .Select(item => new Dictionary<string, object?> { ["title"] = item.Title, ["url"] = item.Url, ["active"] = item.Url == section })
            .ToList();
        return site;
    }
}
