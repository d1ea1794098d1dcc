using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>Every content page can be reached by following links from the front page.</summary>
public sealed class CheckReachabilityTests
{
    [Fact]
    public void A_page_that_nothing_links_to_is_reported_at_the_start_of_its_file()
    {
        var result = TestSite.Minimal().With("""
            -- input/bilag/glemt.md --
            ---
            title: Et glemt bilag
            summary: Ingen linker hertil.
            ---
            Tekst.
            """).Build();

        DiagnosticAssert.Only(result, "input/bilag/glemt.md", 1, 1, ErrorCodes.UnreachablePage, "/bilag/glemt/");
    }

    [Fact]
    public void A_page_linked_only_from_an_unreachable_page_is_unreachable_too()
    {
        var result = TestSite.Minimal().With("""
            -- input/bilag/a.md --
            ---
            title: A
            summary: Linker til B.
            ---
            Se [B](b.md).
            -- input/bilag/b.md --
            ---
            title: B
            summary: Kun A linker hertil.
            ---
            Tekst.
            """).Build();

        Assert.Equal(
        [
            DiagnosticAssert.Error("input/bilag/a.md", 1, 1, ErrorCodes.UnreachablePage, "/bilag/a/"),
            DiagnosticAssert.Error("input/bilag/b.md", 1, 1, ErrorCodes.UnreachablePage, "/bilag/b/"),
        ], result.Diagnostics);
    }

    [Fact]
    public void Pages_reached_through_the_menu_a_chain_of_text_links_or_a_former_url_are_fine()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            Se [bilag A](bilag/a.md) og [det gamle bilag C](/bilag/gammelt-c/).
            -- input/bilag/a.md --
            ---
            title: A
            summary: Linker til B.
            ---
            Se [B](b.md#slut).
            -- input/bilag/b.md --
            ---
            title: B
            summary: A linker hertil.
            ---
            ## Slut
            -- input/bilag/c.md --
            ---
            title: C
            summary: Kun den gamle adresse linker hertil.
            redirect_from: /bilag/gammelt-c/
            ---
            Tekst.
            -- input/bilag/menu.md --
            ---
            title: I menuen
            summary: Menuen linker hertil.
            nav_order: 3
            ---
            Tekst.
            """).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal([ErrorCodes.LinkToOldUrl.Code], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Generated_pages_are_the_themes_to_link_and_are_not_reported()
    {
        // The minimal theme links neither the progress page nor the 404 page.
        var result = TestSite.Minimal().Build();

        DiagnosticAssert.Clean(result);
        Assert.DoesNotContain(result.Pages, p => p.Hrefs.Contains("/fremskridt/"));
        Assert.NotNull(result.Page("/fremskridt/"));
    }

    [Fact]
    public void Nothing_is_reported_while_the_site_has_other_errors_that_could_be_the_cause()
    {
        // The broken link was meant to reach the page; fixing it is the one thing to do.
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            Se [bilaget](/bilag/glemmt/).
            -- input/bilag/glemt.md --
            ---
            title: Et glemt bilag
            summary: Linket hertil er forkert.
            ---
            Tekst.
            """).Build();

        DiagnosticAssert.Only(result, "input/om.md", 5, 4, ErrorCodes.DidYouMean.BrokenPageLink, "/bilag/glemmt/", "/bilag/glemt/");
    }
}
