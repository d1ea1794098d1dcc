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

        DiagnosticAssert.Only(result, "input/om.md", 3, 20, ErrorCodes.ColonInValue, "summary");
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
    [Fact]
    public void An_unfinished_list_is_reported_where_parsing_stopped_instead_of_crashing()
    {
        // YamlDotNet 18 throws InvalidOperationException, not YamlException, for this one.
        var result = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            summary: Hvad drejebogen er.
            title: [ødelagt
            order: 1
            ---
            Brødtekst.
            """).Build();

        // Line 3, column 8: the "[" that is never closed.
        DiagnosticAssert.Only(result, "input/om.md", 3, 8, ErrorCodes.UnclosedBracket, "[", "]");
        Assert.Null(result.Page("/om/"));
    }

    [Theory]
    [InlineData("\"\\uD800\\u0041\"", 9)]
    [InlineData("\"\\uD800\\uD800\"", 9)]
    [InlineData("\"\\uD800\\U0010FFFF\"", 9)]
    [InlineData("\"ok \\uD83D\\uDE00 \\udbff\\u0041\"", 25)]
    public void A_high_surrogate_escape_without_its_low_half_is_invalid_yaml_at_the_escape(string title, int column)
    {
        var result = TestSite.Minimal().With("input/om.md", $"---\nsummary: Hvad drejebogen er.\ntitle: {title}\n---\nBrødtekst.\n").Build();

        // Line 3: the title; one message, at the backslash of the unpaired escape, and nothing about the page elsewhere.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/om.md", 3, column, ErrorCodes.InvalidYaml.Code), (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Code));
        Assert.Null(result.Page("/om/"));
    }

    [Theory]
    [InlineData("title: [ødelagt")]
    [InlineData("title: [ødelagt\\norder: 1\\nsummary: x")]
    [InlineData("title: {navn: x")]
    [InlineData("title: \"uafsluttet")]
    [InlineData("title: 'uafsluttet")]
    [InlineData("title: [a, {b: [c")]
    [InlineData("title: *ukendt")]
    [InlineData("title: &a [*a")]
    [InlineData("title: x\n\tsummary: tab")]
    [InlineData("? [a\n: b")]
    [InlineData("title: |\n  tekst\n summary: x")]
    [InlineData("title: !!binary ikke-base64")]
    [InlineData("- [")]
    public void Malformed_front_matter_is_reported_never_thrown(string yaml)
    {
        var text = "-- input/om.md --\n---\n" + yaml.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal) + "\n---\nBrødtekst.\n";

        var result = TestSite.Minimal().With(text).Build();

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("input/om.md", d.Path));
        Assert.Null(result.Page("/om/"));
    }
}
