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
        var title = document.Title;
        var crumbs = new List<(string Title, string Url)> { ("Forside", "/") };
        var status = ContentStatus.Published;
        var summary = "";

        switch (document.Model)
        {
            case Milestone milestone:
                var number = graph.MilestoneNumber(milestone);
                title = $"{number} {milestone.Title}";
                summary = milestone.Summary;
                status = milestone.Status;
                if (graph.PhasesById.TryGetValue(milestone.Phase.Id, out var parent))
                {
                    crumbs.Add(($"Fase {parent.Number}: {parent.Title}", parent.Url));
                }
                variables["milestone"] = models.Milestones[milestone.Id];
                break;
            case Phase phase:
                summary = phase.Summary;
                status = phase.Status;
                variables["phase"] = models.Phases[phase.Id];
                break;
            case Role role:
                summary = role.Summary;
                status = role.Status;
                crumbs.Add(("Organisering", "/organisering/"));
                variables["role"] = models.Roles[role.Id];
                break;
            case PageInfo page:
                summary = page.Summary;
                status = page.Status;
                break;
            default:
                summary = GeneratedSummary(document.Kind, settings);
                break;
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
            ["summary"] = summary,
            ["is_draft"] = status == ContentStatus.Draft,
            ["edit_url"] = document.IsGenerated ? ViewModels.Missing : $"{settings.Repository}/edit/{settings.Branch}/input/{document.RelativePath}",
            ["breadcrumbs"] = crumbs.Select(c => new Dictionary<string, object?> { ["title"] = c.Title, ["url"] = c.Url }).ToList(),
        };
        return variables;
    }

    private static Dictionary<string, object?> SiteFor(Document document, ViewModels models, ContentGraph graph)
    {
        // A shallow copy: only the menu's active flags differ from page to page.
        var site = new Dictionary<string, object?>(models.Site);
        var section = SectionUrl(document, graph);
        site["nav"] = models.Navigation
            .Select(item => new Dictionary<string, object?> { ["title"] = item.Title, ["url"] = item.Url, ["active"] = item.Url == section })
            .ToList();
        return site;
    }

    // A milestone belongs to its phase's menu entry, a role to the organisation page's.
    private static string SectionUrl(Document document, ContentGraph graph) => document.Model switch
    {
        Milestone m when graph.PhasesById.TryGetValue(m.Phase.Id, out var phase) => phase.Url,
        Role => "/organisering/",
        _ => document.Url,
    };

    // A generated page without a summary of its own has none (the page's description is then the
    // site's), rather than another page's.
    private static string GeneratedSummary(string kind, SiteSettings settings) => kind switch
    {
        PageKind.Overview => "Alle drejebogens milepæle i én tabel med fase, leverancer og ansvarlige roller.",
        PageKind.Search => $"Søg i {settings.Title}.",
        PageKind.Progress => "Se, eksportér og importér de leverancer, du har krydset af i denne browser.",
        PageKind.NotFound => "Siden findes ikke.",
        _ => "",
    };
}
