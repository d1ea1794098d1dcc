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

    [Fact]
    public void With_body_keeps_the_front_matter_and_line_of_finds_the_new_body()
    {
        var site = TestSite.Minimal().WithBody("input/om.md", "Ny tekst.\n\nAnden linje.");

        Assert.Equal("---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\n---\nNy tekst.\n\nAnden linje.\n", site.Text("input/om.md"));
        Assert.Equal(8, site.LineOf("input/om.md", "Anden"));
    }

    [Fact]
    public void With_front_matter_adds_lines_before_the_closing_marker()
    {
        var site = TestSite.Minimal().WithFrontMatter("input/om.md", "status: udkast\n");

        Assert.Equal("---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\nnav_order: 2\nstatus: udkast\n---\nDrejebogen beskriver et program.\n", site.Text("input/om.md"));
    }

    [Fact]
    public void Line_of_text_on_no_line_or_on_several_lines_is_refused()
    {
        var site = TestSite.Minimal();

        Assert.Throws<ArgumentException>(() => site.LineOf("input/om.md", "findes ikke"));
        Assert.Throws<ArgumentException>(() => site.LineOf("input/om.md", "---"));
    }

    [Fact]
    public void Further_content_files_are_valid_next_to_the_minimal_site()
    {
        var result = TestSite.Minimal()
            .With(MinimalSite.Phase("indkoeb", 2, "Fasen [planlægning](planlaegning.md) kommer før."))
            .With(MinimalSite.Milestone("opfoelgning", 3, dependsOn: "plan", deliverables: ["a", "b"], body: "Opfølgning."))
            .With(MinimalSite.Role("tovholder", 3))
            .ReplaceLine("input/milepaele/1-01-start.md", 11, "  - role: programejer", "  - role: tovholder")
            .InsertLine("input/milepaele/1-01-start.md", 13, "  - role: programejer\n    kind: ansvarlig")
            .Build();

        DiagnosticAssert.Clean(result);
        Assert.NotNull(result.Page("/faser/indkoeb/"));
        Assert.NotNull(result.Page("/milepaele/opfoelgning/"));
        Assert.NotNull(result.Page("/roller/tovholder/"));
    }
}
