using AngleSharp.Dom;
using Drejebog.Site.Build;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Glossary;

/// <summary>
/// The first occurrence of each term on a page links to the term's page, outside headings, links,
/// code and the term's own page, and the page lists the definitions its links name.
/// </summary>
public sealed class GlossaryLinkingTests
{
    private static BuildResult Build(string omBody, params string[] terms) =>
        terms.Aggregate(TestSite.Minimal(), (site, term) => site.With(term))
            .With("input/om.md", $"---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\n{omBody}\n")
            .Build();

    private static IDocument Om(BuildResult result) => Dom.Parse(result.Page("/om/")!);

    private static List<string> TermLinks(IDocument page) =>
        [.. page.QuerySelectorAll("main a.begreb").Select(a => $"{a.TextContent}→{a.GetAttribute("href")}")];

    [Fact]
    public void Only_the_first_occurrence_of_each_term_is_linked_whatever_its_spelling()
    {
        var result = Build("Lav et as is-billede. Et godt as is-billede og as is tager tid.\n\nSå kommer as is igen.",
            MinimalSite.Term("as-is", "as is-billede", ["as is"]));

        DiagnosticAssert.Clean(result);
        Assert.Equal(["as is-billede→/ordliste/as-is/"], TermLinks(Om(result)));
    }

    [Fact]
    public void Headings_links_code_and_images_are_left_alone_and_the_next_occurrence_is_linked()
    {
        var result = Build("""
            ## Om governance

            Se [governance her](/om/) og `governance` og ![governance](/img.png).

            ```
            governance
            ```

            Her er governance linket.
            """,
            MinimalSite.Term("governance", "governance"));

        var page = Om(result);
        Assert.Equal(["governance→/ordliste/governance/"], TermLinks(page));
        Assert.Equal("Her er governance linket.", page.QuerySelector("main a.begreb")!.ParentElement!.TextContent);
    }

    [Fact]
    public void An_occurrence_marked_ikke_begreb_is_plain_text_and_the_next_one_is_linked()
    {
        var result = Build("Ordet *governance*{.ikke-begreb} står her. Senere: governance.",
            MinimalSite.Term("governance", "governance"));

        var page = Om(result);
        Assert.Equal(["governance→/ordliste/governance/"], TermLinks(page));
        Assert.Null(page.QuerySelector("main em"));
        Assert.Null(page.QuerySelector(".ikke-begreb"));
        Assert.Equal("Ordet governance står her. Senere: governance.", page.QuerySelectorAll("main p")[^1].TextContent);
    }

    [Fact]
    public void A_terms_own_page_does_not_link_it_but_links_other_terms()
    {
        var result = Build("Om governance og detailplan.",
            MinimalSite.Term("governance", "governance", body: "Governance hænger sammen med en detailplan."),
            MinimalSite.Term("detailplan", "detailplan"));

        var own = Dom.Parse(result.Page("/ordliste/governance/")!);
        Assert.Equal(["detailplan→/ordliste/detailplan/"], TermLinks(own));
    }

    [Fact]
    public void Each_link_names_its_definition_listed_on_the_same_page_in_the_order_of_first_use()
    {
        var result = Build("Først detailplan, så governance og igen detailplan.",
            MinimalSite.Term("governance", "governance"),
            MinimalSite.Term("detailplan", "detailplan"));

        var page = Om(result);
        var links = page.QuerySelectorAll("main a.begreb").ToList();
        Assert.Equal(["begreb-detailplan", "begreb-governance"], links.Select(a => a.GetAttribute("aria-describedby")));
        foreach (var link in links)
        {
            var definition = page.GetElementById(link.GetAttribute("aria-describedby")!);
            Assert.NotNull(definition);
            Assert.Equal($"Forklaringen af {link.TextContent}.", definition.TextContent);
        }
        Assert.Equal(["detailplan", "governance"], page.QuerySelectorAll(".page-terms dt").Select(d => d.TextContent));
    }

    [Fact]
    public void A_page_without_terms_lists_no_definitions()
    {
        var result = Build("Intet fagord her.", MinimalSite.Term("governance", "governance"));

        Assert.Null(Om(result).QuerySelector(".page-terms"));
    }

    [Fact]
    public void The_glossary_lists_every_term_in_danish_order_with_an_anchor_of_its_id()
    {
        var result = Build("Åbent, zoneplan, ønskeliste, Analyse og bølgeplan.",
            MinimalSite.Term("aabent", "åbent"),
            MinimalSite.Term("zoneplan", "zoneplan"),
            MinimalSite.Term("oenskeliste", "ønskeliste"),
            MinimalSite.Term("analyse", "Analyse"),
            MinimalSite.Term("boelgeplan", "bølgeplan"));

        var glossary = Dom.Parse(result.Page("/ordliste/")!);
        Assert.Equal(["A", "B", "Z", "Ø", "Å"], glossary.QuerySelectorAll("main h2").Select(Dom.HeadingText));
        Assert.Equal(["analyse", "boelgeplan", "zoneplan", "oenskeliste", "aabent"], glossary.QuerySelectorAll("main dt").Select(d => d.Id));
        Assert.Equal("bogstav-ø", glossary.QuerySelectorAll("main h2")[3].Id);
    }

    [Fact]
    public void A_terms_page_lists_the_pages_that_link_it()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Term("governance", "governance"))
            .With(MinimalSite.Milestone("styring", 3, body: "Her aftales governance."))
            .With("input/om.md", "---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nOm governance. Se [styring](milepaele/1-03-styring.md).\n")
            .Build();

        DiagnosticAssert.Clean(result);
        var term = Dom.Parse(result.Page("/ordliste/governance/")!);
        // The playbook's own pages in reading order first, then the others.
        Assert.Equal(["/milepaele/styring/", "/om/"], Dom.Hrefs(term, ".used-on"));
    }
}
