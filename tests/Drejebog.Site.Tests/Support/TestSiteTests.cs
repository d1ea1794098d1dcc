using Drejebog.Site.Content;

namespace Drejebog.Site.Tests.Support;

public sealed class TestSiteTests
{
    [Fact]
    public void Parse_splits_files_and_keeps_every_line_ending()
    {
        var files = TestSite.Parse("""
            -- input/a.md --
            line 1
            line 2
            -- theme/layouts/b.liquid --
            last
            """).ToList();

        Assert.Equal([("input/a.md", "line 1\nline 2\n"), ("theme/layouts/b.liquid", "last\n")], files);
    }

    [Fact]
    public void Parse_rejects_text_before_the_first_marker() =>
        Assert.Throws<ArgumentException>(() => TestSite.Parse("stray\n-- input/a.md --\nx").ToList());

    [Fact]
    public void Minimal_site_builds_without_diagnostics()
    {
        var result = TestSite.Minimal().Build();

        DiagnosticAssert.Clean(result);
        // The input's pages, and one page for each generated kind (overview, search, progress, 404 …).
        string[] content = ["/", "/faser/planlaegning/", "/milepaele/plan/", "/milepaele/start/", "/om/", "/roller/programejer/", "/roller/programleder/"];
        Assert.Equal(
            content.Concat(ContentKinds.All.Select(k => k.Generated).OfType<GeneratedPage>().Select(g => g.Url)).Order(StringComparer.Ordinal),
            result.Pages.Select(p => p.Url).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_replaces_one_file_and_leaves_the_original_unchanged()
    {
        var minimal = TestSite.Minimal();
        var changed = minimal.With("""
            -- input/om.md --
            ---
            title: Ændret
            summary: Ændret side.
            ---
            """);

        Assert.Contains("title: Om drejebogen", minimal.Text("input/om.md"), StringComparison.Ordinal);
        Assert.Equal("---\ntitle: Ændret\nsummary: Ændret side.\n---\n", changed.Text("input/om.md"));
        Assert.Equal(minimal.InputPaths.Order(), changed.InputPaths.Order());
    }

    [Fact]
    public void Without_removes_a_file() =>
        Assert.DoesNotContain("om.md", TestSite.Minimal().Without("input/om.md").InputPaths);
}
