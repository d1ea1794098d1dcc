using Drejebog.Site.Content;
using Drejebog.Site.Modules;

namespace Drejebog.Site.Templates;

/// <summary>
/// The values templates see, built once per build as plain dictionaries with snake_case keys.
/// They are the theme's contract: docs/theme.md lists every key (a test compares the two), every
/// key is read by the theme, and what a template would otherwise compute (counts, sort keys) is
/// computed here. No value is null: templates render with strict variables, where Fluid treats
/// null as undefined, so a value that may be missing is <c>false</c> when it is.
/// Phases, milestones and roles refer to each other, so every page shares the same objects.
/// </summary>
public sealed class ViewModels
{
    /// <summary>What a template sees for a value that is not there (see the class summary).</summary>
    public const bool Missing = false;

    private ViewModels(Dictionary<string, object?> site, IReadOnlyList<(string Title, string Url)> navigation,
        Dictionary<string, Dictionary<string, object?>> phases, Dictionary<string, Dictionary<string, object?>> milestones,
        Dictionary<string, Dictionary<string, object?>> roles)
    {
        Site = site;
        Navigation = navigation;
        Phases = phases;
        Milestones = milestones;
        Roles = roles;
    }

    public Dictionary<string, object?> Site { get; }

    /// <summary>The main menu; each page gets it as <c>site.nav</c> with its own active entry.</summary>
    public IReadOnlyList<(string Title, string Url)> Navigation { get; }

    public IReadOnlyDictionary<string, Dictionary<string, object?>> Phases { get; }

    public IReadOnlyDictionary<string, Dictionary<string, object?>> Milestones { get; }

    public IReadOnlyDictionary<string, Dictionary<string, object?>> Roles { get; }

    /// <summary>The roles × milestones page's <c>matrix</c> (see <see cref="MatrixViewModel"/>).</summary>
    public Dictionary<string, object?> Matrix { get; private init; } = [];

    /// <summary>How many pages the build renders; a page that shows the whole site may take this many times more template steps.</summary>
    public int SitePages { get; private init; }

    /// <summary>Each glossary term's view model, by id (<see cref="GlossaryModels"/>).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, object?>> Terms { get; private init; } = new Dictionary<string, Dictionary<string, object?>>();

    /// <summary>The glossary page's <c>glossary</c>.</summary>
    public Dictionary<string, object?> Glossary { get; private init; } = [];

    /// <summary>The whole playbook page's <c>whole</c> (<see cref="WholePlaybookModel"/>); empty when the build has no such page.</summary>
    public Dictionary<string, object?> WholePlaybook { get; private set; } = [];

    /// <summary>The links written in the bodies the whole playbook page holds: checked where they are written, so not again on it.</summary>
    public IReadOnlyList<Markdown.MarkdownLink> WholePlaybookLinks { get; private set; } = [];

    /// <summary>The anchor on the whole playbook page of each page it holds, by URL.</summary>
    public IReadOnlyDictionary<string, string> WholePlaybookAnchors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Every view model of the build; <paramref name="documents"/> (the pages with their rendered bodies) are for the whole playbook page, which is left empty without them, as is <paramref name="wholePdfUrl"/> (its PDF's address when the build makes one).</summary>
    public static ViewModels Create(SiteSettings settings, ContentGraph graph, IReadOnlyList<(string Title, string Url)> navigation,
        IReadOnlyList<Build.Document>? documents = null, string? wholePdfUrl = null)
    {
        var phases = graph.Phases.ToDictionary(p => p.Id, Phase, StringComparer.Ordinal);
        var roles = graph.Roles.ToDictionary(r => r.Id, RoleShallow, StringComparer.Ordinal);
        var shallow = new Dictionary<string, object?>[graph.Milestones.Count];
        var targets = MilestoneSchedule.Targets(graph);
        Parallel.For(0, shallow.Length, i => shallow[i] = MilestoneShallow(graph.Milestones[i], graph, targets));
        var milestones = new Dictionary<string, Dictionary<string, object?>>(shallow.Length, StringComparer.Ordinal);
        for (var i = 0; i < shallow.Length; i++)
        {
            milestones[graph.Milestones[i].Id] = shallow[i];
        }

        // Second pass: now that every object exists, connect them.
        foreach (var phase in graph.Phases)
        {
            var list = graph.MilestonesByPhase[phase.Id];
            phases[phase.Id]["milestones"] = list.Select(m => milestones[m.Id]).ToList();
            phases[phase.Id]["progress"] = ProgressModels.Phase(phase, graph);
        }
        Link(graph.Phases, phases, p => p.Id);
        Link(graph.Milestones, milestones, m => m.Id);
        // Each object only changes itself here, so they can be connected in parallel.
        Parallel.ForEach(graph.Milestones, milestone => Connect(milestone, milestones[milestone.Id], graph, phases, milestones, roles));
        Parallel.ForEach(graph.Roles, role => Connect(role, roles[role.Id], graph, phases, milestones, roles));
        // Search lists a role's page before every milestone (phase × 100 + order), in the roles' order.
        for (var i = 0; i < graph.Roles.Count; i++)
        {
            roles[graph.Roles[i].Id]["search_order"] = i + 1;
        }

        var kinds = ResponsibilityKind.All.ToDictionary(k => k.Id, k => new Dictionary<string, object?>
        {
            ["id"] = k.Id,
            ["label"] = k.Label,
            ["short"] = k.Letter,
            ["description"] = k.Description,
            ["anchor"] = k.Anchor,
            ["url"] = k.ExplanationUrl,
        }, StringComparer.Ordinal);
        var site = new Dictionary<string, object?>
        {
            ["id"] = settings.Id,
            ["title"] = settings.Title,
            ["description"] = settings.Description,
            ["base_url"] = settings.BaseUrl,
            ["organisation"] = settings.Organisation,
            ["accessibility_statement"] = settings.AccessibilityStatement ?? (object)Missing,
            ["phases"] = graph.Phases.Select(p => phases[p.Id]).ToList(),
            ["roles"] = graph.Roles.Select(r => roles[r.Id]).ToList(),
            ["milestone_count"] = graph.Milestones.Count,
            ["progress"] = ProgressModels.Overall(graph),
            ["calendar_url"] = "/" + AddCalendar.OutputPath,
            ["kinds"] = ResponsibilityKind.All.Select(k => kinds[k.Id]).ToList(),
        };
        PhasePlanModel.AddTo(site, graph, phases, milestones);
        OrganisationChartModels.Add(graph, site, roles);
        DraftStatusModels.Add(graph, site, milestones, roles);
        var terms = GlossaryModels.Terms(graph, documents);
        var models = new ViewModels(site, navigation, phases, milestones, roles)
        {
            Matrix = MatrixViewModel.Create(graph, phases, milestones, roles, kinds),
            Terms = terms,
            Glossary = GlossaryModels.Glossary(graph, terms),
            SitePages = documents?.Count ?? 0,
        };
        // Set once here, before any page renders; it needs the other models, so it comes last.
        if (documents is not null && documents.Any(d => !d.Failed && d.Kind == ContentKinds.WholePlaybook.Name))
        {
            (models.WholePlaybook, models.WholePlaybookAnchors) = WholePlaybookModel.Create(documents, graph, models, wholePdfUrl);
            models.WholePlaybookLinks = [.. documents.Where(d => !d.Failed && models.WholePlaybookAnchors.ContainsKey(d.Url)).SelectMany(d => d.Links).Select(l => l with { Checked = false })];
        }
        return models;
    }

    private static Dictionary<string, object?> Phase(Phase phase) => new()
    {
        ["id"] = phase.Id,
        ["number"] = phase.Number,
        ["title"] = phase.Title,
        ["url"] = phase.Url,
        ["ends"] = phase.Ends.Text,
        ["summary"] = phase.Summary,
        ["key_tasks"] = phase.KeyTasks,
        ["closing"] = phase.Closing,
        ["tools"] = phase.Tools.Select(Tool).ToList(),
        ["search_order"] = SearchOrder(phase.Number, 0),
    };

    private static Dictionary<string, object?> RoleShallow(Role role) => new()
    {
        ["id"] = role.Id,
        ["title"] = role.Title,
        ["url"] = role.Url,
        ["summary"] = role.Summary,
        ["experience"] = role.Experience ?? (object)Missing,
    };

    private static Dictionary<string, object?> MilestoneShallow(Milestone milestone, ContentGraph graph, IReadOnlyDictionary<string, DateOnly> targets) => new()
    {
        ["id"] = milestone.Id,
        ["number"] = graph.MilestoneNumber(milestone),
        ["title"] = milestone.Title,
        ["url"] = milestone.Url,
        ["summary"] = milestone.Summary,
        ["is_draft"] = milestone.Status == ContentStatus.Draft,
        ["search_order"] = SearchOrder(graph.PhasesById.TryGetValue(milestone.Phase.Id, out var phase) ? phase.Number : 0, milestone.Order),
        ["deliverables"] = milestone.Deliverables.Select(d => new Dictionary<string, object?> { ["id"] = d.Id, ["text"] = d.Text }).ToList(),
        ["resources"] = milestone.Resources.Select(Tool).ToList(),
        // The playbook's default target (spread evenly in the phase); a team's own dates replace it in the browser.
        ["target"] = targets.TryGetValue(milestone.Id, out var target) ? PhaseDate.Wording(target) : Missing,
        ["target_date"] = targets.TryGetValue(milestone.Id, out var date) ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Missing,
    };

    internal static Dictionary<string, object?> Tool(Tool tool) => new()
    {
        ["title"] = tool.Title,
        ["note"] = tool.Note ?? (object)Missing,
        ["url"] = tool.Url ?? (object)Missing,
    };

    // Pagefind's sort key: the playbook's order, phase pages (order 0) before their milestones.
    private static int SearchOrder(int phaseNumber, int order) => phaseNumber * 100 + order;

    private static void Connect(Milestone milestone, Dictionary<string, object?> model, ContentGraph graph,
        Dictionary<string, Dictionary<string, object?>> phases, Dictionary<string, Dictionary<string, object?>> milestones,
        Dictionary<string, Dictionary<string, object?>> roles)
    {
        model["phase"] = phases.GetValueOrDefault(milestone.Phase.Id) ?? (object)Missing;
        // One entry per role, however many kinds it holds here (Duty).
        var duties = graph.DutiesByMilestone[milestone.Id];
        model["responsibilities"] = duties.Select(d => Duty(d, "role", roles[d.RoleId])).ToList();
        model["responsible_roles"] = duties
            .Where(d => d.Kinds.Contains(ResponsibilityKind.Responsible))
            .Select(d => roles[d.RoleId]).ToList();
        model["roles"] = duties.Select(d => roles[d.RoleId]).ToList();
        // For the browser's role filter: `data-roles="programleder:ansvarlig programejer:godkender"`.
        model["role_kinds"] = string.Join(' ', duties.SelectMany(d => d.Kinds.Select(k => $"{d.RoleId}:{k.Id}")));
        model["depends_on"] = milestone.DependsOn
            .Where(d => milestones.ContainsKey(d.Id))
            .Select(d => milestones[d.Id]).Distinct().ToList();
        model["required_by"] = graph.RequiredBy[milestone.Id].Select(m => milestones[m.Id]).ToList();
    }

    private static void Connect(Role role, Dictionary<string, object?> model, ContentGraph graph,
        Dictionary<string, Dictionary<string, object?>> phases, Dictionary<string, Dictionary<string, object?>> milestones,
        Dictionary<string, Dictionary<string, object?>> roles)
    {
        model["reports_to"] = (role.ReportsTo is { } boss ? roles.GetValueOrDefault(boss.Id) : null) ?? (object)Missing;
        var duties = graph.DutiesByRole[role.Id];
        model["duty_count"] = duties.Count;
        model["progress"] = ProgressModels.Role(role, graph);
        model["phase_duties"] = duties
            .GroupBy(d => d.Milestone.Phase.Id)
            .Where(g => phases.ContainsKey(g.Key))
            .Select(g => new Dictionary<string, object?>
            {
                ["phase"] = phases[g.Key],
                ["duties"] = g.Select(d => Duty(d, "milestone", milestones[d.Milestone.Id])).ToList(),
            })
            .ToList();
    }

    /// <summary>
    /// A role's part in a milestone, seen from the milestone (<paramref name="side"/> is <c>role</c>)
    /// or from the role (<c>milestone</c>): the kinds joined ("Ansvarlig og udfører") and the notes.
    /// </summary>
    private static Dictionary<string, object?> Duty(Duty duty, string side, Dictionary<string, object?> other) => new()
    {
        [side] = other,
        ["kinds"] = string.Join(' ', duty.Kinds.Select(k => k.Id)),
        ["kind_label"] = duty.KindsLabel,
        ["notes"] = duty.Responsibilities
            .Where(r => r.Note is not null)
            .Select(r => new Dictionary<string, object?> { ["kind_label"] = r.Kind.Label, ["text"] = r.Note })
            .ToList(),
    };

    // previous/next within the same ordered list.
    private static void Link<T>(IReadOnlyList<T> ordered, Dictionary<string, Dictionary<string, object?>> models, Func<T, string> id)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var model = models[id(ordered[i])];
            model["previous"] = i > 0 ? models[id(ordered[i - 1])] : Missing;
            model["next"] = i < ordered.Count - 1 ? models[id(ordered[i + 1])] : Missing;
        }
    }
}
