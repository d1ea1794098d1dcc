using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

/// <summary>
/// <c>base_url</c> (line 3 of the baseline's site.yml) and <c>repository</c> (line 5) are checked at
/// their value, and a bad one causes no errors in the pages that would use it.
/// </summary>
public sealed class SiteSettingsReaderTests
{
    private const string SiteYml = "input/site.yml";

    [Theory]
    [InlineData("drejebog.netlify.app")]
    [InlineData("http://drejebog.netlify.app")]
    [InlineData("https://")]
    [InlineData("https:///sti")]
    [InlineData("https://drejebog.netlify.app/?x=1")]
    [InlineData("https://drejebog.netlify.app/#top")]
    [InlineData("https://bruger@drejebog.netlify.app")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/drejebog/")]
    public void Base_url_must_be_an_https_address_with_a_host(string value)
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 3, "base_url: https://test.example", $"base_url: '{value}'").Build();

        DiagnosticAssert.Only(result, SiteYml, 3, 11, ErrorCodes.SiteUrlInvalid, "base_url", "https://drejebog.netlify.app");
    }

    [Theory]
    [InlineData("github.com/test/drejebog")]
    [InlineData("http://github.com/test/drejebog")]
    [InlineData("https://github.com/test/drejebog?tab=readme")]
    [InlineData("data:text/html,x")]
    public void Repository_must_be_an_https_address_with_a_host(string value)
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 5, "repository: https://github.com/test/drejebog", $"repository: '{value}'").Build();

        DiagnosticAssert.Only(result, SiteYml, 5, 13, ErrorCodes.SiteUrlInvalid, "repository", "https://github.com/drejebog/drejebog-site");
    }

    [Fact]
    public void Both_bad_are_one_error_each()
    {
        var result = TestSite.Minimal()
            .ReplaceLine(SiteYml, 3, "base_url: https://test.example", "base_url: test.example")
            .ReplaceLine(SiteYml, 5, "repository: https://github.com/test/drejebog", "repository: github")
            .Build();

        Assert.Equal(
            [
                DiagnosticAssert.Error(SiteYml, 3, 11, ErrorCodes.SiteUrlInvalid, "base_url", "https://drejebog.netlify.app"),
                DiagnosticAssert.Error(SiteYml, 5, 13, ErrorCodes.SiteUrlInvalid, "repository", "https://github.com/drejebog/drejebog-site"),
            ],
            result.Diagnostics);
    }

    [Fact]
    public void Bad_base_url_in_the_real_site_is_one_error()
    {
        var site = TestSite.Real();
        var result = site.ReplaceLine(SiteYml, 3, "base_url: https://drejebog.netlify.app", "base_url: drejebog.netlify.app").Build();

        // Besides the warning about the accessibility statement, while the real site has none (DS125).
        Assert.False(result.Succeeded);
        Assert.Equal(
            [DiagnosticAssert.Error(SiteYml, 3, 11, ErrorCodes.SiteUrlInvalid, "base_url", "https://drejebog.netlify.app")],
            result.Diagnostics.Where(d => d.Severity == Severity.Error));
    }

    [Theory]
    [InlineData("https://drejebog.netlify.app/")]
    [InlineData("https://drejebog.example:8443/sti")]
    public void Https_addresses_with_a_host_are_accepted(string value)
    {
        var result = TestSite.Minimal().ReplaceLine(SiteYml, 3, "base_url: https://test.example", $"base_url: {value}").Build();

        DiagnosticAssert.Clean(result);
    }
}
