using Drejebog.Site.BrowserTests.Support;
using Drejebog.Site.Content;

namespace Drejebog.Site.BrowserTests.Features;

/// <summary>
/// Every badge naming a kind of responsibility (Ansvarlig, Udfører, Godkender, Deltager) links to
/// the one explanation of that kind on the organisation page, and the target is there.
/// </summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class KindExplanationTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task The_organisation_page_explains_every_kind_under_its_anchor()
    {
        await GoAsync(ResponsibilityKind.ExplainedOn);

        foreach (var kind in ResponsibilityKind.All)
        {
            var term = Page.Locator($"dt#{kind.Anchor}");
            await Expect(term).ToHaveTextAsync(kind.Label);
            await Expect(Page.Locator($"dt#{kind.Anchor} + dd")).ToHaveTextAsync(kind.Description);
        }
    }

    [Theory]
    [InlineData("/milepaele/krav-beskrevet/")]
    [InlineData("/roller/programleder/")]
    public async Task Every_kind_in_a_responsibility_table_links_to_its_explanation(string path)
    {
        await GoAsync(path);

        var badges = await Page.Locator("table [data-kind]").EvaluateAllAsync<string[][]>(
            "bs => bs.map(b => [b.tagName, b.dataset.kind, b.getAttribute('href') ?? ''])");
        Assert.NotEmpty(badges);
        Assert.All(badges, b =>
        {
            Assert.Equal("A", b[0]);
            Assert.Equal(ResponsibilityKind.Find(b[1])!.ExplanationUrl, b[2]);
        });
    }

    [Fact]
    public async Task The_role_filters_badges_in_lists_link_to_the_explanation_too()
    {
        await GoAsync("/?rolle=programleder");
        await Expect(Page.Locator("[data-role-badge]").First).ToBeVisibleAsync();

        var badges = await Page.Locator("[data-role-badge]").EvaluateAllAsync<string[][]>(
            "bs => bs.map(b => [b.tagName, b.dataset.roleBadge, b.getAttribute('href') ?? ''])");
        Assert.All(badges, b =>
        {
            Assert.Equal("A", b[0]);
            Assert.Equal(ResponsibilityKind.Find(b[1])!.ExplanationUrl, b[2]);
        });
    }

    [Fact]
    public async Task Following_a_badge_lands_on_the_explanation_of_its_kind()
    {
        await GoAsync("/milepaele/krav-beskrevet/");
        var badge = Page.Locator("table.responsibilities a.kind").First;
        var kind = ResponsibilityKind.Find((await badge.GetAttributeAsync("data-kind"))!)!;

        await badge.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{ResponsibilityKind.ExplainedOn}#{kind.Anchor}$"));
        await Expect(Page.Locator($"dt#{kind.Anchor}")).ToBeInViewportAsync();
        await Expect(Page.Locator($"dt#{kind.Anchor}")).ToHaveTextAsync(kind.Label);
    }
}
