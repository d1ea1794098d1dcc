using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// What the real theme tells Pagefind about each page (docs/browser.md, "Search"): filters by id,
/// metadata for the results, a sort key for browsing, all checked against the input files; and the
/// search page's controls, rendered from the site's phases, roles and kinds of responsibility.
/// </summary>
public sealed class SearchMarkupTests
{
    [Fact]
    public void Milestone_2_9_is_filed_under_its_phase_its_roles_and_their_duties()
    {
        var page = Parse("/milepaele/kontrakt-indgaaet/");

        Assert.Equal(["indkoeb"], Filter(page, "fase"));
        Assert.Equal(["indkoebsfunktion", "programejer", "programleder", "programstyregruppe", "systemejer"], Filter(page, "rolle").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["indkoebsfunktion:deltager", "programejer:godkender", "programleder:ansvarlig", "programleder:udfører", "programstyregruppe:godkender", "systemejer:deltager"],
            Filter(page, "ansvar").Order(StringComparer.Ordinal));
        Assert.Equal("Milepæl", Meta(page, "type"));
        Assert.Equal("Indkøb", Meta(page, "fase"));
        Assert.Equal("2", Meta(page, "fasenummer"));
        Assert.Equal("Kontrakten med den valgte leverandør bliver udarbejdet af programlederen, godkendt af programstyregruppen og underskrevet af programejeren.", Meta(page, "resume"));
        Assert.Equal("209", Sort(page, "orden"));
    }

    [Fact]
    public void Every_milestone_page_has_the_filters_its_front_matter_gives()
    {
        var files = RealSiteBuild.Files("milepaele");
        Assert.Equal(32, files.Count);

        Assert.All(files, file =>
        {
            var page = Parse($"/milepaele/{file.Scalar("id")}/");
            var duties = Responsibilities(file).ToList();

            Assert.Equal([file.Scalar("phase")!], Filter(page, "fase"));
            Assert.Equal(duties.Select(d => d.Role).Distinct().Order(StringComparer.Ordinal), Filter(page, "rolle").Order(StringComparer.Ordinal));
            Assert.Equal(duties.Select(d => $"{d.Role}:{d.Kind}").Distinct().Order(StringComparer.Ordinal), Filter(page, "ansvar").Order(StringComparer.Ordinal));
            Assert.Equal("Milepæl", Meta(page, "type"));
        });
    }

    [Fact]
    public void Browsing_lists_pages_in_the_playbooks_order_roles_first_terms_last()
    {
        // Milestone files are named <phase>-<order>-<id>.md; phase pages come before their milestones.
        var milestones = RealSiteBuild.Files("milepaele").Select(f => $"/milepaele/{f.Scalar("id")}/");
        var phases = RealSiteBuild.Files("faser").OrderBy(f => int.Parse(f.Scalar("number")!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => (Url: $"/faser/{f.Scalar("id")}/", Phase: f.Scalar("id")!)).ToList();
        var roles = RealSiteBuild.Files("roller").OrderBy(f => int.Parse(f.Scalar("order")!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => $"/roller/{f.Scalar("id")}/");
        // Glossary terms come last, A–Å as the glossary lists them.
        var terms = RealSiteBuild.Files("ordliste").OrderBy(f => f.Scalar("title"), Site.Modules.BuildContentGraph.DanishOrder).Select(f => $"/ordliste/{f.Scalar("id")}/");
        var expected = roles
            .Concat(phases.SelectMany(p => milestones.Where(m => Filter(Parse(m), "fase").Single() == p.Phase).Prepend(p.Url)))
            .Concat(terms)
            .ToList();

        var sorted = RealSiteBuild.Result.Pages
            .Select(p => (p.Url, Key: Sort(Dom.Parse(p), "orden")))
            .Where(p => p.Key is not null)
            .OrderBy(p => int.Parse(p.Key!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => p.Url)
            .ToList();

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Phase_pages_are_filed_under_their_phase_and_role_pages_under_their_role()
    {
        Assert.All(RealSiteBuild.Files("faser"), file =>
        {
            var page = Parse($"/faser/{file.Scalar("id")}/");
            Assert.Equal([file.Scalar("id")!], Filter(page, "fase"));
            Assert.Empty(Filter(page, "rolle"));
            Assert.Equal("Fase", Meta(page, "type"));
            Assert.Equal(file.Scalar("title"), Meta(page, "fase"));
        });
        Assert.All(RealSiteBuild.Files("roller"), file =>
        {
            var page = Parse($"/roller/{file.Scalar("id")}/");
            Assert.Equal([file.Scalar("id")!], Filter(page, "rolle"));
            Assert.Empty(Filter(page, "fase"));
            Assert.Equal("Rolle", Meta(page, "type"));
        });
    }

    [Fact]
    public void Only_milestone_phase_and_role_pages_have_filters()
    {
        var filtered = RealSiteBuild.Pages.Where(p => Dom.Parse(p).QuerySelector("[data-pagefind-filter]") is not null).Select(p => p.Url).ToList();

        Assert.All(filtered, url => Assert.Matches("^/(milepaele|faser|roller)/[^/]+/$", url));
        Assert.Equal(RealSiteBuild.Files("milepaele").Count + RealSiteBuild.Files("faser").Count + RealSiteBuild.Files("roller").Count, filtered.Count);
    }

    [Fact]
    public void The_search_markup_is_hidden_inside_the_indexed_main_and_adds_no_words()
    {
        var checkedElements = 0;
        Assert.All(RealSiteBuild.Pages, source =>
        {
            var page = Dom.Parse(source);
            foreach (var element in page.QuerySelectorAll("[data-pagefind-filter], [data-pagefind-meta]:not(.font-lead), [data-pagefind-sort]"))
            {
                checkedElements++;
                var facets = element.Closest("[data-search-facets]");
                Assert.True(facets is not null, $"{source.Url}: {element.OuterHtml} is outside [data-search-facets]");
                Assert.True(facets!.HasAttribute("hidden"), $"{source.Url}: the search facets are not hidden");
                Assert.NotNull(facets.Closest("main[data-pagefind-body]"));
                Assert.Equal("", element.TextContent);
                Assert.Matches("^[a-z]+:.+$", element.GetAttribute("data-pagefind-filter") ?? element.GetAttribute("data-pagefind-meta") ?? element.GetAttribute("data-pagefind-sort"));
            }
        });
        // At least a filter and a meta on every milestone, phase and role page.
        var filed = RealSiteBuild.Files("milepaele").Count + RealSiteBuild.Files("faser").Count + RealSiteBuild.Files("roller").Count;
        Assert.True(checkedElements >= 2 * filed, $"only {checkedElements} search elements found");
    }

    [Fact]
    public void The_search_page_offers_every_phase_role_and_kind_of_responsibility_by_id()
    {
        var page = Parse("/soeg/");

        Assert.Equal(
            RealSiteBuild.Files("faser").OrderBy(f => f.Scalar("number")).Select(f => (f.Scalar("id"), $"Fase {f.Scalar("number")}: {f.Scalar("title")}", f.Scalar("title"))),
            Options(page, "search-fase").Select(o => ((string?)o.Value, o.Text, o.GetAttribute("data-title"))));
        Assert.Equal(
            RealSiteBuild.Files("roller").OrderBy(f => int.Parse(f.Scalar("order")!, System.Globalization.CultureInfo.InvariantCulture)).Select(f => (f.Scalar("id"), f.Scalar("title"))),
            Options(page, "search-rolle").Select(o => ((string?)o.Value, (string?)o.Text)));
        Assert.Equal(["ansvarlig", "udfører", "godkender", "deltager"], Options(page, "search-ansvar").Select(o => o.Value));
        // "" is "all"; the responsibility select waits for a role.
        Assert.All(["search-fase", "search-rolle", "search-ansvar"], id => Assert.Equal("", ((IHtmlSelectElement)page.GetElementById(id)!).Options[0]!.Value));
        Assert.True(page.GetElementById("search-ansvar")!.HasAttribute("disabled"));
    }

    [Fact]
    public void The_search_page_has_the_scripts_hooks_and_a_message_for_browsers_without_javascript()
    {
        var page = Parse("/soeg/");

        var form = page.QuerySelector("form[data-search-form]")!;
        Assert.Equal("/soeg/", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("#search-input")!.GetAttribute("name"));
        Assert.Equal("search-input", page.QuerySelector("label[for='search-input']")?.GetAttribute("for"));
        Assert.Equal("status", page.GetElementById("search-status")!.GetAttribute("role"));
        Assert.NotNull(page.GetElementById("search-results"));
        Assert.Null(page.GetElementById("search-results")!.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("[data-search-role-note][hidden] button[data-search-clear-role]"));
        Assert.Contains("kræver JavaScript", page.QuerySelector("[data-search-nojs]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-search-nojs] a[href='/milepaele/']"));
        // The search page shows the chosen role as its own filter, not as the banner.
        Assert.Null(page.QuerySelector("[data-role-banner]"));
        Assert.Null(page.GetElementById("header-search"));
    }

    [Fact]
    public void Every_other_page_has_the_header_search_form()
    {
        Assert.All(RealSiteBuild.Pages.Where(p => p.Url != "/soeg/"), source =>
        {
            var form = Dom.Parse(source).QuerySelector("header form[role=search]");
            Assert.True(form is not null, $"{source.Url} has no search form in the header");
            Assert.Equal("/soeg/", form!.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal("q", form.QuerySelector("input#header-search")!.GetAttribute("name"));
        });
    }

    [Fact]
    public void Lists_of_milestones_are_left_to_the_milestones_own_pages_but_a_roles_duties_are_indexed()
    {
        // docs/browser.md, "What is indexed": a list page's share of the index must not grow with the playbook.
        var listPages = RealSiteBuild.Files("faser").Select(f => $"/faser/{f.Scalar("id")}/").Concat(["/", "/milepaele/", "/ansvar/"]);
        Assert.All(listPages, url =>
        {
            var items = Parse(url).QuerySelectorAll("main [data-milestone-item], main tr[data-milestone]").ToList();
            Assert.True(items.Count >= 8, $"{url} lists {items.Count} milestones");
            Assert.All(items, item => Assert.NotNull(item.Closest("[data-pagefind-ignore]")));
        });
        var duties = Parse("/roller/programleder/").QuerySelectorAll("main a[href^='/milepaele/']");
        Assert.Contains(duties, link => link.Closest("[data-pagefind-ignore]") is null);
    }

    private static IDocument Parse(string url) =>
        Dom.Parse(RealSiteBuild.Result.Page(url) ?? throw new InvalidOperationException($"No page {url}."));

    private static List<string> Filter(IDocument page, string name) =>
        Values(page, "data-pagefind-filter", name).ToList();

    private static string? Meta(IDocument page, string name)
    {
        var attribute = Values(page, "data-pagefind-meta", name).SingleOrDefault();
        // A meta without a value takes the element's text (the summary paragraph).
        return attribute == "" ? page.QuerySelector($"[data-pagefind-meta='{name}']")?.TextContent : attribute;
    }

    private static string? Sort(IDocument page, string name) => Values(page, "data-pagefind-sort", name).SingleOrDefault();

    private static IEnumerable<string> Values(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"[{attribute}]")
            .Select(e => e.GetAttribute(attribute)!)
            .Select(v => v.Contains(':', StringComparison.Ordinal) ? (Name: v[..v.IndexOf(':', StringComparison.Ordinal)], Value: v[(v.IndexOf(':', StringComparison.Ordinal) + 1)..]) : (Name: v, Value: ""))
            .Where(v => v.Name == name)
            .Select(v => v.Value);

    private static List<IHtmlOptionElement> Options(IDocument page, string selectId) =>
        ((IHtmlSelectElement)page.GetElementById(selectId)!).Options.Where(o => o.Value.Length > 0).ToList();

    private static IEnumerable<(string Role, string Kind)> Responsibilities(SourceEntry file) =>
        file.FrontMatter.Children.TryGetValue(new YamlScalarNode("responsibilities"), out var value) && value is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Select(r => (
                ((YamlScalarNode)r.Children[new YamlScalarNode("role")]).Value!,
                ((YamlScalarNode)r.Children[new YamlScalarNode("kind")]).Value!))
            : [];
}
