using System.Text;
using System.Text.Json;
using Drejebog.Site.Build;
using Drejebog.Site.Cli;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Deploy;

/// <summary>
/// <c>--base-url</c>: a Netlify deploy preview is built for its own address, while the site id that
/// browser-stored progress and exported files carry stays the one from <c>site.yml</c>.
/// </summary>
public sealed class DeployPreviewTests : IDisposable
{
    private const string Preview = "https://deploy-preview-42--drejebog.netlify.app";
    private readonly TempFolder temp = new();

    [Fact]
    public void A_preview_build_uses_its_own_address_for_absolute_urls_but_keeps_the_site_id()
    {
        var result = Build(TestSite.Real(), Preview);

        DiagnosticAssert.CleanRealSite(result);
        var page = Dom.Parse(result.Page("/faser/planlaegning/")!);
        Assert.Equal(Preview + "/faser/planlaegning/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("drejebog.netlify.app", page.DocumentElement.GetAttribute("data-site-id"));
        Assert.Contains($"<loc>{Preview}/milepaele/</loc>", File(result, "sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("https://drejebog.netlify.app", File(result, "sitemap.xml"), StringComparison.Ordinal);
        using var index = JsonDocument.Parse(File(result, "data/drejebog.json"));
        Assert.Equal("drejebog.netlify.app", index.RootElement.GetProperty("site").GetString());
        // A preview must never compete with the real site in search engines.
        Assert.Equal("User-agent: *\nDisallow: /\n", File(result, "robots.txt"));
    }

    [Fact]
    public void A_production_build_uses_site_yml_and_lets_crawlers_in()
    {
        var result = Build(TestSite.Real(), null);

        var page = Dom.Parse(result.Page("/")!);
        Assert.Equal("https://drejebog.netlify.app/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://drejebog.netlify.app/sitemap.xml\n", File(result, "robots.txt"));
    }

    [Theory]
    [InlineData("https://drejebog.netlify.app")]
    [InlineData("https://drejebog.netlify.app/")]
    public void The_site_yml_address_given_as_base_url_is_a_production_build(string baseUrl)
    {
        var result = Build(TestSite.Minimal(), baseUrl.Replace("drejebog.netlify.app", "test.example", StringComparison.Ordinal));

        Assert.StartsWith("User-agent: *\nAllow: /", File(result, "robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_command_passes_the_address_on()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        var (options, error) = BuildOptions.Parse(Command.Build, ["-i", "input", "-t", "theme", "-o", "output", "--no-search", "--no-pdf", "-q", "--base-url", Preview + "/"], temp.Path);
        Assert.Null(error);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = BuildCommand.Run(options!, write: true, stdout, stderr);

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        Assert.Contains($"<loc>{Preview}/om/</loc>", System.IO.File.ReadAllText(temp.Combine("output", "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("\"site\":\"test.example\"", System.IO.File.ReadAllText(temp.Combine("output", "data", "drejebog.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("deploy-preview-42--drejebog.netlify.app")]
    [InlineData("/faser/")]
    [InlineData("ftp://drejebog.example")]
    [InlineData("https://drejebog.example/?x=1")]
    public void A_base_url_that_is_not_a_whole_address_is_a_usage_error(string baseUrl)
    {
        // An unset $DEPLOY_PRIME_URL arrives as an empty argument: that must stop the deploy.
        var (options, error) = BuildOptions.Parse(Command.Build, ["--base-url", baseUrl], temp.Path);

        Assert.Null(options);
        Assert.Equal(UsageErrors.InvalidBaseUrl(baseUrl), error);
    }

    public void Dispose() => temp.Dispose();

    private static BuildResult Build(TestSite site, string? baseUrl)
    {
        var sources = site.ToSources();
        return SiteBuilder.Build(new SiteSources
        {
            InputFiles = sources.InputFiles,
            Templates = sources.Templates,
            Assets = sources.Assets,
            MissingAssets = sources.MissingAssets,
            BaseUrl = baseUrl,
        });
    }

    private static string File(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.OutputPath == path).Content!);
}
