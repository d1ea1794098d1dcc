using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

public sealed class PageReaderTests
{
    [Fact]
    public void Unknown_layout_is_reported_with_the_allowed_layouts()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            layout: milepael
            ---
            """).Build();

        DiagnosticAssert.Only(result, "input/om.md", 4, 9, ErrorCodes.InvalidValue, "layout", "milepael", "side, forside, organisering, om");
    }

    [Fact]
    public void Site_settings_report_a_missing_field_for_the_settings()
    {
        var result = TestSite.Minimal().With("""
            -- input/site.yml --
            title: Testdrejebog
            description: En lille drejebog til test.
            base_url: https://test.example
            organisation: Testkommunen
            """).Build();

        Assert.Contains(DiagnosticAssert.Error("input/site.yml", 1, 1, ErrorCodes.MissingField, "repository", SiteSettingsReader.Owner),
            result.Diagnostics);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Missing_site_yml_is_reported()
    {
        var result = TestSite.Minimal().Without("input/site.yml").Build();

        Assert.Contains(DiagnosticAssert.Error("input/site.yml", 1, 1, ErrorCodes.MissingSiteSettings), result.Diagnostics);
        Assert.Empty(result.Pages);
    }
}
