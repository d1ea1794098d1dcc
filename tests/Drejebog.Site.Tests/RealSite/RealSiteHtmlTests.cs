using AngleSharp.Dom;
using Drejebog.Site.Tests.Support;
using Document = Drejebog.Site.Build.Document;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// Every finished page of the real site, parsed with AngleSharp (see <see cref="PageChecks"/>);
/// <see cref="RealSiteBuild.Pages"/> fails first if there are fewer pages than Markdown files.
/// </summary>
public sealed class RealSiteHtmlTests
{
    [Fact]
    public void Every_page_is_danish_html_with_one_h1_and_one_main()
    {
        Assert.All(Pages(), page =>
        {
            Assert.StartsWith("<!DOCTYPE html>", page.Source.Html, StringComparison.Ordinal);
            Assert.Equal("da", page.Dom.DocumentElement.GetAttribute("lang"));
            Assert.Equal("drejebog.netlify.app", page.Dom.DocumentElement.GetAttribute("data-site-id"));
            Assert.Single(page.Dom.QuerySelectorAll("h1"));
            Assert.Single(page.Dom.QuerySelectorAll("main"));
            Assert.False(string.IsNullOrWhiteSpace(page.Dom.Title), $"{page.Source.Url} has no title");
        });
    }

    [Fact]
    public void No_page_has_inline_script_style_or_event_handlers()
    {
        var problems = PageChecks.CspBlockedMarkup(RealSiteBuild.Result);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The check read real pages, each of which loads its scripts from files.
        Assert.All(Pages(), page => Assert.NotEmpty(page.Dom.QuerySelectorAll("script[src]")));
    }

    [Fact]
    public void Element_ids_are_unique_on_every_page()
    {
        Assert.All(Pages(), page =>
        {
            var duplicates = page.Dom.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0)
                .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{page.Source.Url}: duplicate ids {string.Join(", ", duplicates)}");
        });
    }

    [Fact]
    public void Every_internal_reference_and_anchor_resolves_to_a_page_or_file_of_the_build()
    {
        var (problems, count) = PageChecks.BrokenReferences(RealSiteBuild.Result);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // Menus, breadcrumbs, tables of contents and icons: well over a thousand references.
        Assert.True(count > 1000, $"only {count} references checked");
    }

    [Fact]
    public void Every_page_outside_the_error_search_and_shared_status_pages_is_indexed_for_search()
    {
        // The whole playbook repeats every page's words; the page itself is the better search hit.
        Assert.All(Pages().Where(p => p.Source.Url is not ("/404.html" or "/soeg/" or "/del/" or "/hele-drejebogen/")), page =>
            Assert.True(page.Dom.QuerySelector("main")!.HasAttribute("data-pagefind-body"), page.Source.Url));
        Assert.All(Pages().Where(p => p.Source.Url is "/404.html" or "/soeg/" or "/del/"), page =>
            Assert.Null(page.Dom.QuerySelector("[data-pagefind-body]")));
    }

    [Fact]
    public void Every_content_page_and_only_content_pages_link_to_editing_their_file_in_the_repository()
    {
        var settings = RealSiteBuild.SiteSettings();
        var repository = ((YamlDotNet.RepresentationModel.YamlScalarNode)settings.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("repository")]).Value;
        Assert.All(Pages(), page =>
        {
            var links = page.Dom.QuerySelectorAll("main a").Where(a => a.TextContent.Trim() == "Rediger denne side").ToList();
            if (page.Source.IsGenerated)
            {
                Assert.Empty(links);
                return;
            }
            var link = Assert.Single(links);
            Assert.Equal($"{repository}/edit/main/input/{page.Source.RelativePath}", link.GetAttribute("href"));
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Input, page.Source.RelativePath)), page.Source.RelativePath);
            Assert.NotNull(link.QuerySelector("svg use[href$='#edit']"));
        });
        Assert.Contains(Pages(), p => p.Source.IsGenerated);
    }

    private static List<(Document Source, IDocument Dom)> Pages() =>
        RealSiteBuild.Pages.Select(p => (p, Dom.Parse(p))).ToList();
}
