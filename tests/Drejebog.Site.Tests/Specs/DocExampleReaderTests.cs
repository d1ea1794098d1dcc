namespace Drejebog.Site.Tests.Specs;

public sealed class DocExampleReaderTests
{
    [Fact]
    public void Marker_names_the_path_the_expected_code_and_its_position_in_the_block()
    {
        var (examples, problems) = DocExampleReader.Parse("doc.md", """
            Tekst.

            <!-- example fragment of input/om.md expects DS060 at 2:5 -->
            ```yaml
            redirect_from:
              - https://x.example/
            ```
            """);

        Assert.Empty(problems);
        var example = Assert.Single(examples);
        Assert.Equal(new DocExample("doc.md", 5, "input/om.md", true, "redirect_from:\n  - https://x.example/\n", "DS060", 2, 5), example);
    }

    [Fact]
    public void Content_blocks_without_a_marker_and_malformed_markers_are_problems_other_blocks_are_ignored()
    {
        var (examples, problems) = DocExampleReader.Parse("doc.md", """
            ```yaml
            title: x
            ```
            <!-- example om.md -->
            ```markdown
            x
            ```
            ```sh
            dotnet test
            ```
            """);

        Assert.Empty(examples);
        Assert.Equal([
            "doc.md:2: a yaml block without an `<!-- example … -->` marker",
            "doc.md:6: malformed marker `<!-- example om.md -->`",
        ], problems);
    }

    [Fact]
    public void A_fence_indented_in_a_list_loses_its_indentation()
    {
        var (examples, _) = DocExampleReader.Parse("doc.md", """
            1. Skriv:

               <!-- example input/om.md -->
               ```markdown
               ---
               title: Om
               ---
               ```
            """);

        Assert.Equal("---\ntitle: Om\n---\n", Assert.Single(examples).Text);
    }
}
