using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Templates;

/// <summary>What the phase plan's view model gives the theme, on the small test site (its <c>om</c> layout lists the plan).</summary>
public sealed class PhasePlanModelTests
{
    private static string AboutPage(TestSite site)
    {
        var result = site.InsertLine("input/om.md", 5, "layout: om").Build();
        DiagnosticAssert.Clean(result);
        return result.Page("/om/")!.Html;
    }

    [Fact]
    public void Without_a_wording_a_date_is_shown_in_danish()
    {
        var html = AboutPage(TestSite.Minimal());

        Assert.Contains("1. marts 2015–15. juni 2015", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wording_is_shown_instead_of_the_date()
    {
        var html = AboutPage(TestSite.Minimal().InsertLine("input/faser/planlaegning.md", 7, "ends_text: ca. 15. juni"));

        Assert.Contains("1. marts 2015–ca. 15. juni", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_phase_starts_where_the_one_before_it_ends()
    {
        var html = AboutPage(TestSite.Minimal().With(MinimalSite.Phase("indkoeb", 2)));

        Assert.Contains(">Fase indkoeb</a> 15. juni 2015–1. december 2016", html, StringComparison.Ordinal);
    }
}
