using Drejebog.Site.Content;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>The real input and theme build into the pages the playbook needs.</summary>
public sealed class RealSiteContentTests
{
    [Fact]
    public void Real_site_builds_without_diagnostics() => DiagnosticAssert.CleanRealSite(RealSiteBuild.Result);

    [Fact]
    public void Every_milestone_file_has_a_page_with_its_exact_title()
    {
        var milestones = RealSiteBuild.Files("milepaele");

        Assert.Equal(32, milestones.Count);
        Assert.All(milestones, file =>
        {
            var page = RealSiteBuild.Result.Page($"/milepaele/{file.Scalar("id")}/");
            Assert.True(page is not null, $"no page for {file.RelativePath}");
            var h1 = Assert.Single(Dom.Parse(page).QuerySelectorAll("h1"));
            Assert.Contains(file.Scalar("title")!, h1.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_phase_file_has_a_page()
    {
        var phases = RealSiteBuild.Files("faser");

        Assert.Equal(3, phases.Count);
        Assert.All(phases, file =>
        {
            var page = RealSiteBuild.Result.Page($"/faser/{file.Scalar("id")}/");
            Assert.True(page is not null, $"no page for {file.RelativePath}");
            Assert.Contains(file.Scalar("title")!, Dom.Parse(page).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_role_file_has_a_page_at_its_file_name()
    {
        var roles = RealSiteBuild.Files("roller");

        Assert.Equal(11, roles.Count);
        Assert.All(roles, file =>
        {
            var id = Path.GetFileNameWithoutExtension(file.RelativePath);
            Assert.Equal(id, file.Scalar("id"));
            var page = RealSiteBuild.Result.Page($"/roller/{id}/");
            Assert.True(page is not null, $"no page for {file.RelativePath}");
            Assert.Contains(file.Scalar("title")!, Dom.Parse(page).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/om-drejebogen/")]
    [InlineData("/organisering/")]
    [InlineData("/milepaele/")]
    [InlineData("/soeg/")]
    [InlineData("/fremskridt/")]
    [InlineData("/plan/")]
    [InlineData("/statusrapport/")]
    [InlineData("/404.html")]
    [InlineData("/bilag/bornholm/")]
    [InlineData("/bilag/fredericia/")]
    public void Site_has_the_fixed_pages(string url) => Assert.NotNull(RealSiteBuild.Result.Page(url));

    [Fact]
    public void Site_has_exactly_the_pages_of_the_input_plus_the_generated_ones()
    {
        var markdownFiles = Directory.GetFiles(RepositoryRoot.Input, "*.md", SearchOption.AllDirectories).Length;

        // Generated: one page for each generated kind in the table (overview, search, progress, 404 …).
        var generated = ContentKinds.All.Select(k => k.Generated).OfType<GeneratedPage>().ToList();
        Assert.All(generated, page => Assert.NotNull(RealSiteBuild.Result.Page(page.Url)));
        Assert.Equal(markdownFiles + generated.Count, RealSiteBuild.Result.Pages.Count);
        Assert.Equal(RealSiteBuild.Result.Pages.Count, RealSiteBuild.Result.Pages.Select(p => p.OutputPath).Distinct().Count());
    }

    [Fact]
    public void Milestone_overview_links_to_every_milestone()
    {
        var overview = Dom.Parse(RealSiteBuild.Result.Page("/milepaele/")!);
        var expected = RealSiteBuild.Files("milepaele").Select(f => $"/milepaele/{f.Scalar("id")}/").ToHashSet();

        var linked = overview.QuerySelectorAll("main a[href^='/milepaele/']").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Superset(expected, linked);
    }

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_page_and_the_shared_status()
    {
        var baseUrl = RealSiteBuild.SiteSettings().Children[new YamlDotNet.RepresentationModel.YamlScalarNode("base_url")].ToString().TrimEnd('/');
        var sitemap = RealSiteBuild.Result.Files.Single(f => f.OutputPath == "sitemap.xml");
        var xml = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(sitemap.Content!));
        var ns = System.Xml.Linq.XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9");

        var listed = xml.Descendants(ns + "loc").Select(loc => loc.Value).Order(StringComparer.Ordinal);
        var expected = RealSiteBuild.Result.Pages.Where(p => p.Url is not ("/404.html" or "/del/")).Select(p => baseUrl + p.Url).Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed);
        Assert.Equal(RealSiteBuild.Result.Pages.Count - 2, listed.Count());
    }

    [Fact]
    public void Draft_pages_and_only_draft_pages_show_the_draft_notice()
    {
        var milestones = RealSiteBuild.Files("milepaele");
        Assert.Contains(milestones, m => m.IsDraft);

        Assert.All(milestones, file =>
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/milepaele/{file.Scalar("id")}/")!);
            var notice = page.QuerySelector("main .draft-notice");
            Assert.True(file.IsDraft == notice is not null, $"{file.RelativePath}: status {file.Scalar("status") ?? "udgivet"}, notice {notice is not null}");
        });
    }

    [Fact]
    public void Milestone_pages_link_both_ways_between_dependencies()
    {
        var milestones = RealSiteBuild.Files("milepaele");
        Assert.Contains(milestones, m => m.List("depends_on").Count > 0);

        Assert.All(milestones, file =>
        {
            var id = file.Scalar("id")!;
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/milepaele/{id}/")!);
            var dependsOn = file.List("depends_on").Select(d => $"/milepaele/{d}/").Order(StringComparer.Ordinal);
            var requiredBy = milestones.Where(m => m.List("depends_on").Contains(id))
                .Select(m => $"/milepaele/{m.Scalar("id")}/").Order(StringComparer.Ordinal);

            Assert.Equal(dependsOn, Dom.HrefsUnderHeading(page, "Forudsætter").Order(StringComparer.Ordinal));
            Assert.Equal(requiredBy, Dom.HrefsUnderHeading(page, "Er forudsætning for").Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Script_in_front_matter_is_text_in_the_real_theme()
    {
        const string file = "input/milepaele/1-01-ejerskab-og-ressourcer.md";
        var real = TestSite.Real();
        var result = real
            .ReplaceLine(file, 3, "title: Ejerskab for opgave besluttet og projektressourcer afsat", "title: <script>alert(1)</script>")
            .ReplaceLine(file, 6, real.Text(file).Split('\n')[5], "summary: '\"<script>alert(2)</script>\" & <img src=x onerror=alert(3)>'")
            .Build();

        DiagnosticAssert.CleanRealSite(result);
        var page = Dom.Parse(result.Page("/milepaele/ejerskab-og-ressourcer/")!);
        Assert.Equal("1.1 <script>alert(1)</script>", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("\"<script>alert(2)</script>\" & <img src=x onerror=alert(3)>", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.All(result.Pages, p => Assert.Empty(Dom.Parse(p).QuerySelectorAll("script:not([src]), img[onerror], [onerror]")));
    }
}
