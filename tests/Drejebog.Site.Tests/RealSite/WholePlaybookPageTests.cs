using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>/hele-drejebogen/ holds the whole real playbook in reading order, with anchors that all resolve.</summary>
public sealed class WholePlaybookPageTests
{
    private static readonly AngleSharp.Dom.IDocument Page = Dom.Parse(RealSiteBuild.Result.Page("/hele-drejebogen/")!);

    [Fact]
    public void Every_phase_milestone_and_role_has_a_section_in_reading_order()
    {
        // Milestone files are named by phase and order (1-03-…), so their ordinal order is the reading order.
        var files = RealSiteBuild.Files("milepaele").OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var milestones = files.Select(f => f.Scalar("id")!).ToList();
        var phases = RealSiteBuild.Files("faser").OrderBy(f => int.Parse(f.Scalar("number")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // The roles in the organisation page's order.
        var roles = Dom.Parse(RealSiteBuild.Result.Page("/organisering/")!).QuerySelectorAll(".role-entries a")
            .Select(a => "rolle-" + a.GetAttribute("href")!.Split('/')[2]).ToList();
        var expected = phases.SelectMany(p => files.Where(f => f.Scalar("phase") == p.Scalar("id")).Select(f => $"milepael-{f.Scalar("id")}").Prepend($"fase-{p.Scalar("id")}"))
            .Concat(roles)
            .Prepend("organisering").Prepend("om-drejebogen")
            .ToList();
        var sections = Page.QuerySelectorAll("main section[id]").Select(s => s.Id!).Where(expected.Contains).ToList();

        Assert.Equal(32, milestones.Count(m => sections.Contains($"milepael-{m}")));
        Assert.Equal(11, roles.Count);
        Assert.Equal(expected, sections);
        Assert.Equal(["bilag-bornholm", "bilag-fredericia"], Page.QuerySelectorAll("section[id^='bilag-']").Select(s => s.Id!).ToList());
    }

    [Fact]
    public void The_glossary_is_the_last_chapter_with_every_term_A_to_Å()
    {
        var terms = RealSiteBuild.Files("ordliste").OrderBy(f => f.Scalar("title"), Site.Modules.BuildContentGraph.DanishOrder).Select(f => $"ordliste-{f.Scalar("id")}").ToList();

        Assert.Equal("ordliste", Page.QuerySelectorAll("main section.whole-chapter")[^1].Id);
        Assert.Equal(terms, Page.QuerySelectorAll("section[id^='ordliste-']").Select(s => s.Id!).ToList());
        Assert.DoesNotContain(Page.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href")!.StartsWith("/ordliste/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_term_link_in_the_bodies_names_the_terms_definition_in_the_glossary_chapter()
    {
        var links = Page.QuerySelectorAll("main a.begreb").ToList();

        Assert.True(links.Count > 50, $"only {links.Count} term links");
        Assert.All(links, link =>
        {
            var definition = Page.GetElementById(link.GetAttribute("aria-describedby")!);
            Assert.NotNull(definition);
            Assert.Equal("#" + definition.ParentElement!.Id, link.GetAttribute("href"));
        });
    }

    [Fact]
    public void Ids_are_unique_and_every_in_page_link_finds_exactly_one()
    {
        var ids = Page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = Page.QuerySelectorAll("main a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.True(targets.Count > 200, $"only {targets.Count} in-page links");
        Assert.All(targets, target => Assert.Single(ids, target));
    }

    [Fact]
    public void Links_to_pages_on_it_lead_to_their_sections_and_others_stay()
    {
        var hrefs = Page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("/milepaele/", StringComparison.Ordinal) && h != "/milepaele/");
        Assert.DoesNotContain(hrefs, h => h.StartsWith("/roller/", StringComparison.Ordinal) || h.StartsWith("/faser/", StringComparison.Ordinal));
        Assert.Contains("#milepael-as-is-viden", hrefs);
        Assert.Contains("#om-drejebogen-faseplan", hrefs);
        Assert.Contains("/plan/", hrefs);
    }
}
