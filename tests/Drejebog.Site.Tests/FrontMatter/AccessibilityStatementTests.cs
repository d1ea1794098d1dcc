using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

/// <summary>
/// <c>accessibility_statement</c> in <c>site.yml</c> (line 6 of the baseline): the address of the
/// site's tilgængelighedserklæring, which every page's footer links; a warning when it is missing,
/// an error at the value when it is not a safe <c>https</c> address.
/// </summary>
public sealed class AccessibilityStatementTests
{
    private const string SiteYml = "input/site.yml";
    private const string Line6 = "accessibility_statement: https://tilgaengelighed.test.example/drejebog";
    private const string Statement = "https://tilgaengelighed.test.example/erklaering?site=drejebog&sprog=da";

    [Fact]
    public void Missing_is_a_warning_at_site_yml_and_the_site_builds()
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 6, Line6, "").Build();

        DiagnosticAssert.OnlyWarning(result, SiteYml, 1, 1, ErrorCodes.AccessibilityStatementMissing);
        Assert.NotEmpty(result.Pages);
    }

    [Fact]
    public void Empty_is_a_warning_like_missing()
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 6, Line6, "accessibility_statement:").Build();

        DiagnosticAssert.OnlyWarning(result, SiteYml, 1, 1, ErrorCodes.AccessibilityStatementMissing);
    }

    [Theory]
    [InlineData("http://tilgaengelighed.test.example/drejebog")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("//tilgaengelighed.test.example/drejebog")]
    [InlineData("was.digst.dk/drejebog")]
    [InlineData("https://")]
    [InlineData("https://bruger@tilgaengelighed.test.example/")]
    [InlineData("https://tilgaengelighed.test.example/a b")]
    [InlineData("https://tilgaengelighed.test.example/\"><script>")]
    public void Anything_but_an_https_address_with_a_host_is_an_error_at_the_value(string value)
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 6, Line6, $"accessibility_statement: '{value}'").Build();

        DiagnosticAssert.Only(result, SiteYml, 6, 26, ErrorCodes.AccessibilityStatementInvalid);
    }

    [Fact]
    public void A_list_is_the_wrong_type_and_not_also_missing()
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 6, Line6, "accessibility_statement: [https://tilgaengelighed.test.example/]").Build();

        DiagnosticAssert.Only(result, SiteYml, 6, 26, ErrorCodes.WrongType, "accessibility_statement", "en tekst");
    }

    [Fact]
    public void Every_page_of_the_real_theme_links_the_statement_in_its_footer()
    {
        var result = TestSite.Real().InsertLine(SiteYml, 6, $"accessibility_statement: {Statement}").Build();

        DiagnosticAssert.Clean(result);
        Assert.NotEmpty(result.Pages);
        Assert.All(result.Pages, page =>
        {
            var link = Assert.Single(Dom.Parse(page).QuerySelectorAll("footer a"), a => a.TextContent == "Tilgængelighedserklæring");
            Assert.Equal(Statement, link.GetAttribute("href"));
        });
    }

    [Fact]
    public void Without_a_statement_the_footer_has_no_link_to_one()
    {
        var result = TestSite.Real().Build();

        Assert.True(result.Succeeded);
        Assert.All(result.Pages, page => Assert.DoesNotContain(Dom.Parse(page).QuerySelectorAll("footer a"), a => a.TextContent == "Tilgængelighedserklæring"));
    }
}
