using Drejebog.Site.Diagnostics;
using Drejebog.Site.Templates;

namespace Drejebog.Site.Tests.Templates;

/// <summary>
/// A render may run a number of template statements that grows with the site, so the whole playbook of
/// a large site renders, while a runaway loop on a small site still stops.
/// </summary>
public sealed class TemplateStepBudgetTests
{
    // About 1.5 million statements: more than the least budget, fewer than a 2,000-page site's.
    private const string Layout = "{% for i in (1..1500) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}ok";

    private static TemplateLibrary Library()
    {
        var diagnostics = new DiagnosticBag();
        var library = TemplateLibrary.Load(new Dictionary<string, string> { [TemplateLibrary.LayoutPath("stor")] = Layout }, path => path, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return library;
    }

    [Fact]
    public void A_small_site_stops_a_loop_past_the_least_budget() =>
        Assert.ThrowsAny<InvalidOperationException>(() => Library().Render("stor", new Dictionary<string, object?>(), sitePages: 50));

    [Fact]
    public void A_large_site_gets_a_budget_that_grows_with_its_pages() =>
        Assert.Equal("ok", Library().Render("stor", new Dictionary<string, object?>(), sitePages: 2_000));
}
