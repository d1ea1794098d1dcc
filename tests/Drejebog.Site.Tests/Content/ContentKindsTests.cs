using Drejebog.Site.Content;
using Drejebog.Site.Templates;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Content;

/// <summary>The table of page kinds is complete and consistent: a new row that forgets something fails here, not on a reader's page.</summary>
public sealed class ContentKindsTests
{
    private static IEnumerable<ContentKind> FolderKinds => ContentKinds.All.Where(k => k.Folder is not null);

    private static IEnumerable<GeneratedPage> GeneratedPages => ContentKinds.All.Select(k => k.Generated).OfType<GeneratedPage>();

    [Fact]
    public void Every_kind_has_its_own_name_and_is_found_by_it()
    {
        Assert.Equal(ContentKinds.All.Count, ContentKinds.All.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ContentKinds.All, kind => Assert.Same(kind, ContentKinds.Named(kind.Name)));
        Assert.Null(ContentKinds.Named(""));
    }

    [Fact]
    public void Every_layout_the_table_names_is_in_the_real_theme_and_every_layout_there_is_in_the_table()
    {
        var layouts = Directory.GetFiles(Path.Combine(RepositoryRoot.Theme, "layouts"), "*.liquid")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != TemplateLibrary.BaseLayout)
            .Order(StringComparer.Ordinal);

        Assert.Equal(layouts, ContentKinds.All.Select(k => k.Layout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_minimal_test_site_has_a_layout_for_every_kind()
    {
        var templates = TestSite.Minimal().ToSources().Templates;

        Assert.All(ContentKinds.All, kind => Assert.True(templates.ContainsKey(TemplateLibrary.LayoutPath(kind.Layout)), $"MinimalSite has no layout for {kind.Name}"));
    }

    [Fact]
    public void Every_kind_is_either_read_from_files_or_generated()
    {
        Assert.All(ContentKinds.All, kind => Assert.True(kind.Reading is null != kind.Generated is null, $"{kind.Name} must be read or generated, not both or neither"));
        Assert.All(FolderKinds, kind => Assert.NotNull(kind.Reading));
    }

    [Fact]
    public void Kinds_read_from_their_own_folder_each_have_a_folder_and_url_space_of_their_own()
    {
        var folders = FolderKinds.Select(k => k.Folder).ToList();

        Assert.NotEmpty(folders);
        Assert.Equal(folders.Count, folders.Distinct(StringComparer.Ordinal).Count());
        Assert.All(FolderKinds, kind => Assert.Equal($"/{kind.Folder}/x/", kind.UrlOf("x")));
        Assert.All(FolderKinds, kind => Assert.Same(kind, ContentKinds.ForFile($"{kind.Folder}/x.md")));
    }

    [Fact]
    public void Generated_pages_have_distinct_urls_and_output_paths_that_no_folder_kinds_page_can_take()
    {
        var urls = GeneratedPages.Select(g => g.Url).ToList();

        Assert.NotEmpty(urls);
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.All(GeneratedPages, page =>
        {
            Assert.StartsWith("/", page.Url, StringComparison.Ordinal);
            Assert.EndsWith(".html", page.OutputPath, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(page.Title));
            // A folder kind's own root (`/milepaele/`) is free; its pages are one segment below it.
            Assert.DoesNotContain(FolderKinds, kind => page.Url.StartsWith(kind.UrlSpace, StringComparison.Ordinal) && page.Url != kind.UrlSpace);
        });
    }

    [Fact]
    public void Ordinary_pages_choose_among_the_page_kinds_and_default_to_the_plain_page()
    {
        Assert.Equal(ContentKinds.Page.Name, ContentKinds.PageLayouts[0]);
        Assert.Equal(["side", "forside", "organisering", "om"], ContentKinds.PageLayouts);
        Assert.Same(ContentKinds.Page, ContentKinds.ForFile("bilag/fredericia.md"));
        Assert.Same(ContentKinds.Page, ContentKinds.ForFile("index.md"));
        // Only pages have a `nav_order` to be listed by.
        Assert.All(ContentKinds.All.Where(k => k.Navigation == NavigationEntry.WhenNavOrder), kind => Assert.Contains(kind.Name, ContentKinds.PageLayouts));
    }

    [Fact]
    public void Every_kind_has_a_positive_render_cost()
    {
        Assert.All(ContentKinds.All, kind => Assert.True(kind.RenderCost >= 1, kind.Name));
    }

    [Theory]
    [InlineData("index.md", "/", "index.html")]
    [InlineData("om-drejebogen.md", "/om-drejebogen/", "om-drejebogen/index.html")]
    [InlineData("bilag/index.md", "/bilag/", "bilag/index.html")]
    [InlineData("bilag/fredericia.md", "/bilag/fredericia/", "bilag/fredericia/index.html")]
    public void An_ordinary_pages_url_and_output_path_come_from_its_path(string relativePath, string url, string outputPath)
    {
        Assert.Equal(url, ContentKinds.PageUrlOf(relativePath));
        Assert.Equal(outputPath, ContentKinds.OutputPathOf(url));
    }
}
