using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;
using Drejebog.Site.Yaml;

namespace Drejebog.Site.Tests.Yaml;

/// <summary>
/// Hostile and mistaken YAML: each case is one diagnostic at its line, never a stack overflow or a
/// hang. Every build runs under <see cref="HangGuard"/> (its own small stack, a generous deadline).
/// The front matter itself is the first of the <see cref="YamlLimits.MaxDepth"/> levels.
/// </summary>
public sealed class YamlLoaderTests
{
    private const string Om = "input/om.md";
    private const int Deep = 100_000;

    [Fact]
    public void A_flow_sequence_nested_100000_deep_is_refused_at_the_first_level_too_many()
    {
        var result = Build("dyb: " + new string('[', Deep) + new string(']', Deep));
        // "dyb: " is five columns; bracket k is at column 5 + k and opens level k + 1.

        DiagnosticAssert.Only(result, Om, 4, 5 + YamlLimits.MaxDepth, ErrorCodes.YamlTooDeep, YamlLimits.MaxDepth);
    }

    [Theory]
    [InlineData("? ")]
    [InlineData("- ")]
    public void A_block_mapping_or_sequence_nested_100000_deep_is_refused(string level)
    {
        // Compact nesting puts every level on one line: "? ? ? x" is three mappings, "- - - x" three sequences.
        var result = Build("dyb:", "  " + string.Concat(Enumerable.Repeat(level, Deep)) + "x");
        // Level k + 1 starts at column 2k + 1.

        DiagnosticAssert.Only(result, Om, 5, (2 * YamlLimits.MaxDepth) + 1, ErrorCodes.YamlTooDeep, YamlLimits.MaxDepth);
    }

    [Fact]
    public void Block_and_flow_collections_mixed_100000_deep_are_refused()
    {
        var blocks = string.Concat(Enumerable.Repeat("- ? ", 20));
        var flows = string.Concat(Enumerable.Repeat("[{a: ", Deep / 2));
        var result = Build("dyb:", "  " + blocks + flows);
        // 40 block levels (2–41) at columns 3–81; then "[" opens level 42 + 2j at column 83 + 5j
        // and "{" level 43 + 2j at column 84 + 5j: level 65 is the "{" with j = 11.

        DiagnosticAssert.Only(result, Om, 5, 84 + (5 * 11), ErrorCodes.YamlTooDeep, YamlLimits.MaxDepth);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlLimits.MaxDepth - 1;
        var result = Build("dyb: " + new string('[', depth) + new string(']', depth));

        // Read, and then refused only as an unknown field.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Om, 4, 1, ErrorCodes.UnknownField.Code), (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Code));
    }

    [Fact]
    public void A_file_with_more_values_than_the_limit_is_refused_at_the_first_one_too_many()
    {
        var items = Enumerable.Repeat("  - x", YamlLimits.MaxValues);
        var result = Build(["liste:", .. items]);
        // Before the items: the file's mapping, two keys and their values, `liste` and its list (7).
        // Item k is on line 4 + k, so value 10,001 is item 9,994.

        DiagnosticAssert.Only(result, Om, 4 + (YamlLimits.MaxValues + 1 - 7), 5, ErrorCodes.YamlTooLarge, YamlLimits.MaxValues);
    }

    [Fact]
    public void A_huge_flow_list_is_refused_without_reading_it_all()
    {
        var result = Build("liste: [" + string.Join(", ", Enumerable.Repeat("x", 400_000)) + "]");
        // Value 10,001 is item 9,994; "liste: [" is eight columns and each "x, " three.

        DiagnosticAssert.Only(result, Om, 4, 9 + (3 * (YamlLimits.MaxValues - 7)), ErrorCodes.YamlTooLarge, YamlLimits.MaxValues);
    }

    [Fact]
    public void Billion_laughs_used_as_a_value_is_refused_where_the_expansion_passes_the_limit()
    {
        var result = Build([.. Laughs(10), "latter: *a10"]);

        AssertLaughsRefused(result);
    }

    [Fact]
    public void Billion_laughs_used_as_a_mapping_key_is_refused_where_the_expansion_passes_the_limit()
    {
        var result = Build([.. Laughs(10), "? *a10", ": latter"]);

        AssertLaughsRefused(result);
    }

    [Fact]
    public void Merge_keys_are_plain_aliases_and_count_towards_the_limit()
    {
        // YamlDotNet's tree does not merge `<<`; each `*a2` still stands for its 1,111 values.
        var merges = string.Join(", ", Enumerable.Repeat("{<<: *a2}", 8));
        var result = Build([.. Laughs(2), $"flet: [{merges}]"]);
        // 1,220 values after a2, 1,111 more per merge: the 8th passes 10,000. "flet: [" is seven
        // columns, each "{<<: *a2}, " eleven, and the alias is five into it: 8 + 77 + 5.

        DiagnosticAssert.Only(result, Om, 7, 90, ErrorCodes.AliasExpansionTooLarge, YamlLimits.MaxAliasExpansion, "a2");
    }

    [Fact]
    public void A_merge_key_is_an_unknown_field_not_a_merge()
    {
        var result = Build("grund: &grund {nav_order: 3}", "<<: *grund");

        Assert.Equal(
            [(Om, 4, 1, ErrorCodes.UnknownField.Code), (Om, 5, 1, ErrorCodes.UnknownField.Code)],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Code)));
    }

    [Theory]
    [InlineData("? *navn", 3)]
    [InlineData("? [a, *navn]", 7)]
    [InlineData("? {a: *navn}", 7)]
    public void An_alias_in_a_mapping_key_is_refused(string key, int column)
    {
        var result = Build("navn: &navn title", key, ": x");

        DiagnosticAssert.Only(result, Om, 5, column, ErrorCodes.AliasAsKey, "navn");
    }

    [Fact]
    public void An_undefined_alias_is_reported_at_the_alias()
    {
        var result = HangGuard.Run(() => TestSite.Minimal().With(Om, "---\ntitle: *ukendt\nsummary: Hvad drejebogen er.\n---\n").Build());

        DiagnosticAssert.Only(result, Om, 2, 8, ErrorCodes.UndefinedAlias, "ukendt");
    }

    [Fact]
    public void An_alias_before_its_anchor_is_undefined()
    {
        var result = Build("a: *senere", "b: &senere x");

        DiagnosticAssert.Only(result, Om, 4, 4, ErrorCodes.UndefinedAlias, "senere");
    }

    [Fact]
    public void An_alias_inside_the_value_it_names_is_refused()
    {
        var result = Build("liste: &l [a, *l]");

        DiagnosticAssert.Only(result, Om, 4, 15, ErrorCodes.RecursiveAlias, "l");
    }

    [Fact]
    public void A_tab_that_continues_a_value_is_reported_at_the_tab()
    {
        // YamlDotNet blames the start of the value on the line before.
        var result = HangGuard.Run(() => TestSite.Minimal().With(Om, "---\ntitle: Om drejebogen\n\tsummary: Hvad drejebogen er.\n---\n").Build());

        DiagnosticAssert.Only(result, Om, 3, 1, ErrorCodes.TabIndentation);
    }

    [Fact]
    public void A_tab_that_indents_a_list_item_is_reported_at_the_tab()
    {
        // YamlDotNet gives no position at all (line 1 of the YAML).
        var result = Build("nav_order: 2", "redirect_from:", "\t- /gammel/");

        DiagnosticAssert.Only(result, Om, 6, 1, ErrorCodes.TabIndentation);
    }

    [Fact]
    public void A_tab_before_the_first_key_is_reported_at_the_tab()
    {
        // YamlDotNet takes it for a space and fails a line later ("did not find expected <document end>").
        var result = HangGuard.Run(() => TestSite.Minimal().With(Om, "---\n\ttitle: Om drejebogen\nsummary: Hvad drejebogen er.\n---\n").Build());

        DiagnosticAssert.Only(result, Om, 2, 1, ErrorCodes.TabIndentation);
    }

    [Fact]
    public void A_key_written_twice_is_reported_before_the_tree_is_built()
    {
        var result = Build("title: Igen");

        DiagnosticAssert.Only(result, Om, 4, 1, ErrorCodes.DuplicateKey, "title", 2);
    }

    [Fact]
    public void Site_settings_are_checked_the_same_way()
    {
        const string settings = "input/site.yml";
        var text = TestSite.Minimal().Text(settings) + "dyb: " + new string('[', Deep) + new string(']', Deep) + "\n";

        var result = HangGuard.Run(() => TestSite.Minimal().With(settings, text).Build());
        // site.yml has six lines; its YAML starts on line 1.

        DiagnosticAssert.Only(result, settings, 7, 5 + YamlLimits.MaxDepth, ErrorCodes.YamlTooDeep, YamlLimits.MaxDepth);
    }

    /// <summary>
    /// Lines 4 onwards: anchors a0 … a{last}, a0 a list of ten values and each next one a list of ten
    /// aliases of the one before. Expanded: a0 is 11 values, a1 111, a2 1,111, a3 11,111 …
    /// </summary>
    private static IEnumerable<string> Laughs(int last)
    {
        yield return "a0: &a0 [" + string.Join(", ", Enumerable.Repeat("x", 10)) + "]";
        for (var i = 1; i <= last; i++)
        {
            yield return $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]";
        }
    }

    private static void AssertLaughsRefused(BuildResult result) =>
        // a0 and a1 add 110 values, a2 1,110: 1,220. Each *a2 in a3 (line 7) adds 1,111, so the 8th
        // passes 10,000. "a3: &a3 [" is nine columns and each "*a2, " five: 10 + 35.
        DiagnosticAssert.Only(result, Om, 7, 45, ErrorCodes.AliasExpansionTooLarge, YamlLimits.MaxAliasExpansion, "a2");

    /// <summary>Builds the minimal site with <c>input/om.md</c>'s front matter extended from line 4 on.</summary>
    private static BuildResult Build(params string[] lines)
    {
        var text = "---\ntitle: Om drejebogen\nsummary: Hvad drejebogen er.\n" + string.Join("", lines.Select(l => l + "\n")) + "---\nBrødtekst.\n";
        return HangGuard.Run(() => TestSite.Minimal().With(Om, text).Build());
    }
}
