using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class ParseFrontMatterTests
{
    [Fact]
    public void File_without_front_matter_is_reported_at_its_first_line()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            title: Om drejebogen
            summary: Hvad drejebogen er.
            """).Build();

        DiagnosticAssert.Only(result, "input/om.md", 1, 1, ErrorCodes.MissingFrontMatter);
        Assert.Null(result.Page("/om/"));
    }

    [Fact]
    public void Front_matter_that_never_ends_is_reported_at_its_opening_line()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            Brødteksten begynder, men den afsluttende linje mangler.
            """).Build();

        DiagnosticAssert.Only(result, "input/om.md", 1, 1, ErrorCodes.UnclosedFrontMatter);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_the_file_line_not_the_yaml_line()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Drejebogen: en vejledning
            ---
            Brødtekst.
            """).Build();
        // Line 3 (YAML line 2): the second colon, column 20, is not allowed in a plain value.

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/om.md", 3, 20, ErrorCodes.InvalidYaml.Code), (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Code));
        var prefix = ErrorCodes.InvalidYaml.Format("");
        Assert.StartsWith(prefix, diagnostic.Message, StringComparison.Ordinal);
        // YamlDotNet's own "(Line: 2, Col: 20, ...)" is stripped: its line is the YAML block's, not the file's.
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Message.Length > prefix.Length + 5, diagnostic.Message);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            - title
            - summary
            ---
            """).Build();

        DiagnosticAssert.Only(result, "input/om.md", 2, 1, ErrorCodes.NotAMapping);
    }
}
