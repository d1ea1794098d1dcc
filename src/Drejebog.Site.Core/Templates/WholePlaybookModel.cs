using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Html;

namespace Drejebog.Site.Templates;

/// <summary>
/// The whole playbook on one page (<c>whole</c> on <c>hele-drejebogen</c>): its chapters in
/// reading order, each with a stable anchor, its own rendered body fitted into the page
/// (<see cref="SectionBody"/>) and its sections (a phase's milestones, the roles, the appendices).
/// A chapter is one entry of <see cref="Chapters"/>, and the layout renders each chapter kind with
/// its own partial, so one more chapter (the glossary) is one line here and one partial.
/// </summary>
public static class WholePlaybookModel
{
    private delegate IEnumerable<Dictionary<string, object?>> ChapterSource(Sources sources);

    // Reading order: about, organisation, each phase with its milestones, roles, appendices, glossary.
    private static readonly ChapterSource[] Chapters =
    [
        s => PageChapter(s, s.OfKind(ContentKinds.About.Name), "om-drejebogen", "side"),
        s => PageChapter(s, s.OfKind(ContentKinds.Organisation.Name), "organisering", "organisering"),
        PhaseChapters,
        RolesChapter,
        AppendicesChapter,
        GlossaryChapter,
    ];

    private sealed record Sources(IReadOnlyList<Document> Documents, ContentGraph Graph, ViewModels Models)
    {
        /// <summary>Each page's section, by the page's URL, filled in as the chapters are made.</summary>
        public Dictionary<string, string> Anchors { get; } = new(StringComparer.Ordinal);

        public Document? OfKind(string kind) => Documents.FirstOrDefault(d => !d.Failed && d.Kind == kind);

        // By URL once, not a search per section: the page holds every page of the site.
        private Dictionary<string, Document>? byUrl;

        public Document? At(string url) =>
            (byUrl ??= Documents.Where(d => !d.Failed).GroupBy(d => d.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))
                .GetValueOrDefault(url);
    }

    /// <summary>The page's <c>whole</c>, and the anchor of each page it holds by the page's URL (for <see cref="InPageLinks"/>); <paramref name="pdfUrl"/> is the address of the PDF the build prints of the page, or null when it makes none.</summary>
    public static (Dictionary<string, object?> Model, IReadOnlyDictionary<string, string> Anchors) Create(IReadOnlyList<Document> documents, ContentGraph graph, ViewModels models,
        string? pdfUrl = null)
    {
        var sources = new Sources(documents, graph, models);
        var chapters = Chapters.SelectMany(chapter => chapter(sources)).ToList();
        var drafts = chapters.Any(c => (bool)c["is_draft"]! || ((List<Dictionary<string, object?>>)c["sections"]!).Any(s => (bool)s["is_draft"]!));
        var model = new Dictionary<string, object?> { ["chapters"] = chapters, ["has_drafts"] = drafts, ["pdf_url"] = pdfUrl ?? (object)ViewModels.Missing };
        return (model, sources.Anchors);
    }

    private static IEnumerable<Dictionary<string, object?>> PageChapter(Sources sources, Document? page, string anchor, string kind)
    {
        if (page?.Model is null)
        {
            yield break;
        }
        yield return Chapter(sources, kind, anchor, page.Model.Title, page.Model.Summary, page.Url, page.Model.Status, SectionBody.Fit(page.BodyHtml, anchor, 1), []);
    }

    private static IEnumerable<Dictionary<string, object?>> PhaseChapters(Sources sources) =>
        sources.Graph.Phases.Select(phase =>
        {
            var anchor = $"fase-{phase.Id}";
            var sections = sources.Graph.MilestonesByPhase[phase.Id].Select(m =>
            {
                var milestoneAnchor = $"milepael-{m.Id}";
                var body = sources.At(m.Url)?.BodyHtml ?? "";
                var section = Section(sources, milestoneAnchor, m.Title, m.Url, m.Status, SectionBody.Fit(body, milestoneAnchor, 2));
                section["milestone"] = sources.Models.Milestones[m.Id];
                return section;
            }).ToList();
            var chapter = Chapter(sources, "fase", anchor, phase.PageTitle, phase.Summary, phase.Url, phase.Status,
                SectionBody.Fit(sources.At(phase.Url)?.BodyHtml ?? "", anchor, 1), sections);
            chapter["phase"] = sources.Models.Phases[phase.Id];
            return chapter;
        });

    private static IEnumerable<Dictionary<string, object?>> RolesChapter(Sources sources) =>
        ItemsChapter(sources, sources.Graph.Roles, "roller", "Roller", null, "rolle", "role", r => sources.Models.Roles[r.Id]);

    // Each term's definition keeps its id from the pages (begreb-<id>): the terms linked in the bodies name it.
    private static IEnumerable<Dictionary<string, object?>> GlossaryChapter(Sources sources) =>
        ItemsChapter(sources, sources.Graph.Terms, "ordliste", "Ordliste", ContentKinds.Glossary.Generated!.Url, "ordliste", "term", t => sources.Models.Terms[t.Id]);

    /// <summary>A chapter of one section per item (a role, a term): its page's body under the anchor <c>{prefix}-{id}</c>, its view model under <paramref name="key"/>.</summary>
    private static IEnumerable<Dictionary<string, object?>> ItemsChapter<T>(Sources sources, IReadOnlyList<T> items, string kind, string title, string? url,
        string prefix, string key, Func<T, Dictionary<string, object?>> model)
        where T : IContentItem
    {
        if (items.Count == 0)
        {
            yield break;
        }
        var sections = items.Select(item =>
        {
            var anchor = $"{prefix}-{item.Id}";
            var section = Section(sources, anchor, item.Title, item.Url, item.Status, SectionBody.Fit(sources.At(item.Url)?.BodyHtml ?? "", anchor, 2));
            section[key] = model(item);
            return section;
        }).ToList();
        yield return Chapter(sources, kind, kind, title, "", url, ContentStatus.Published, "", sections);
    }

    private static IEnumerable<Dictionary<string, object?>> AppendicesChapter(Sources sources)
    {
        var pages = sources.Documents
            .Where(d => !d.Failed && d.RelativePath.StartsWith("bilag/", StringComparison.Ordinal) && d.Model is PageInfo)
            .OrderBy(d => d.RelativePath, StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0)
        {
            yield break;
        }
        var sections = pages.Select(page =>
        {
            var anchor = "bilag-" + HeadingIds.Slug(page.RelativePath["bilag/".Length..^".md".Length]);
            var section = Section(sources, anchor, page.Model!.Title, page.Url, page.Model.Status, SectionBody.Fit(page.BodyHtml, anchor, 2));
            section["summary"] = page.Model.Summary;
            return section;
        }).ToList();
        yield return Chapter(sources, "bilag", "bilag", "Bilag", "", null, ContentStatus.Published, "", sections);
    }

    // A chapter that is not one page (the roles, the appendices) has no URL of its own.
    private static Dictionary<string, object?> Chapter(Sources sources, string kind, string anchor, string title, string summary, string? url,
        ContentStatus status, string body, List<Dictionary<string, object?>> sections)
    {
        if (url is not null)
        {
            sources.Anchors[url] = anchor;
        }
        return new()
        {
            ["kind"] = kind,
            ["anchor"] = anchor,
            ["title"] = title,
            ["summary"] = summary,
            ["is_draft"] = status == ContentStatus.Draft,
            ["body"] = body,
            ["sections"] = sections,
        };
    }

    private static Dictionary<string, object?> Section(Sources sources, string anchor, string title, string url, ContentStatus status, string body)
    {
        sources.Anchors[url] = anchor;
        return new()
        {
            ["anchor"] = anchor,
            ["title"] = title,
            ["is_draft"] = status == ContentStatus.Draft,
            ["body"] = body,
            ["milestone"] = ViewModels.Missing,
            ["role"] = ViewModels.Missing,
            ["term"] = ViewModels.Missing,
            ["summary"] = "",
        };
    }
}
