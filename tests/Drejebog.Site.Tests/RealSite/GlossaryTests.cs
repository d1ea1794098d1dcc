using AngleSharp.Dom;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>The real glossary: enough terms, each linked from the text, listed A–Å, and every link's definition on its page.</summary>
public sealed class GlossaryTests
{
    private static readonly IReadOnlyList<string> TermIds = [.. RealSiteBuild.Files("ordliste").Select(f => f.Scalar("id")!)];

    // The pages whose text can link terms: every page with a file, but the whole playbook has its own test.
    private static IEnumerable<(string Url, IDocument Page)> ContentPages() =>
        RealSiteBuild.Result.Pages.Where(p => !p.IsGenerated).Select(p => (p.Url, Dom.Parse(p)));

    [Fact]
    public void At_least_fifteen_terms_are_each_linked_from_some_other_page()
    {
        var linked = ContentPages()
            .SelectMany(p => p.Page.QuerySelectorAll("main a.begreb").Select(a => a.GetAttribute("href")!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(TermIds.Count >= 15, $"only {TermIds.Count} terms");
        Assert.All(TermIds, id => Assert.Contains($"/ordliste/{id}/", linked));
    }

    [Fact]
    public void A_page_links_each_term_once_and_lists_each_definition_its_links_name()
    {
        Assert.All(ContentPages(), page =>
        {
            var links = page.Page.QuerySelectorAll("main a.begreb").Select(a => (Href: a.GetAttribute("href")!, Names: a.GetAttribute("aria-describedby")!)).ToList();
            Assert.Equal(links.Count, links.Select(l => l.Href).Distinct(StringComparer.Ordinal).Count());
            Assert.DoesNotContain(links, l => l.Href == page.Url);
            var definitions = page.Page.QuerySelectorAll(".page-terms dd").Select(d => d.Id!).ToList();
            Assert.Equal(links.Select(l => l.Names), definitions);
            Assert.Empty(page.Page.QuerySelectorAll("main h1 a.begreb, main h2 a.begreb, main h3 a.begreb, main h4 a.begreb, main a a.begreb, main code a.begreb"));
        });
    }

    [Fact]
    public void The_glossary_page_lists_every_term_in_danish_order_at_an_anchor_of_its_id()
    {
        var expected = RealSiteBuild.Files("ordliste").OrderBy(f => f.Scalar("title"), Site.Modules.BuildContentGraph.DanishOrder).Select(f => f.Scalar("id")!).ToList();
        var glossary = Dom.Parse(RealSiteBuild.Result.Page("/ordliste/")!);

        Assert.Equal(expected, glossary.QuerySelectorAll(".glossary-entry").Select(e => e.Id!).ToList());
        Assert.Equal(expected.Select(id => $"/ordliste/{id}/"), Dom.Hrefs(glossary, ".glossary-entry dd"));
        Assert.All(Dom.Hrefs(glossary, ".glossary-letters"), href => Assert.NotNull(glossary.GetElementById(href[1..])));
    }

    [Fact]
    public void The_footer_links_the_glossary() =>
        Assert.Contains("/ordliste/", Dom.Hrefs(Dom.Parse(RealSiteBuild.Result.Page("/")!), "footer"));
}
