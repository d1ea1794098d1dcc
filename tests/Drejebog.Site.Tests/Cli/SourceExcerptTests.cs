using Drejebog.Site.Cli;

namespace Drejebog.Site.Tests.Cli;

/// <summary>How a source line and its marker are drawn: the <c>^</c> under the character the column counts to, whatever the line holds.</summary>
public sealed class SourceExcerptTests
{
    [Fact]
    public void The_marker_stands_under_the_column_with_the_line_number_in_the_gutter()
    {
        var excerpt = SourceExcerpt.Of(4, "order 9", 6);

        Assert.Equal(["  4 | order 9", "    |      ^"], excerpt.Lines);
    }

    [Fact]
    public void The_gutter_is_as_wide_as_the_line_number()
    {
        Assert.Equal(["  123 | a: b", "      | ^"], SourceExcerpt.Of(123, "a: b", 1).Lines);
    }

    [Fact]
    public void Tabs_are_expanded_to_stops_of_four_in_the_line_and_before_the_marker()
    {
        var excerpt = SourceExcerpt.Of(2, "a\tb:\tc", 6);

        Assert.Equal("a   b:  c", excerpt.Code);
        Assert.Equal("        ^", excerpt.Marker);
    }

    [Fact]
    public void Wide_characters_take_two_places_and_combining_marks_none()
    {
        // "日本" is two wide characters; "e\u0301" an e with a combining acute accent; "😀" a surrogate pair.
        Assert.Equal("    ^", SourceExcerpt.Of(1, "日本: x", 3).Marker);
        Assert.Equal(" ^", SourceExcerpt.Of(1, "e\u0301: x", 3).Marker);
        Assert.Equal("  ^", SourceExcerpt.Of(1, "😀: x", 3).Marker);
    }

    [Fact]
    public void A_column_past_the_end_of_the_line_is_marked_after_it()
    {
        Assert.Equal("            ^", SourceExcerpt.Of(7, "deliverables", 13).Marker);
        Assert.Equal("  ^", SourceExcerpt.Of(7, "", 3).Marker);
    }

    [Fact]
    public void A_long_line_is_cut_to_the_part_around_the_column()
    {
        var line = "summary: " + string.Concat(Enumerable.Range(0, 60).Select(i => $"ord{i:00} "));
        var column = line.IndexOf("ord40", StringComparison.Ordinal) + 1;

        var excerpt = SourceExcerpt.Of(6, line, column);

        Assert.StartsWith("…", excerpt.Code, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt.Code, StringComparison.Ordinal);
        Assert.InRange(excerpt.Code.Length, SourceExcerpt.MaxWidth, SourceExcerpt.MaxWidth + 2);
        Assert.Equal("ord40", excerpt.Code.Substring(excerpt.Marker.Length - 1, 5));
    }

    [Fact]
    public void A_long_line_keeps_its_end_when_the_column_is_near_it()
    {
        var line = new string('x', 200) + ": y";

        var excerpt = SourceExcerpt.Of(1, line, 201);

        Assert.StartsWith("…", excerpt.Code, StringComparison.Ordinal);
        Assert.EndsWith("x: y", excerpt.Code, StringComparison.Ordinal);
        Assert.Equal(':', excerpt.Code[excerpt.Marker.Length - 1]);
    }

    [Fact]
    public void Control_characters_in_the_content_cannot_reach_the_terminal()
    {
        var excerpt = SourceExcerpt.Of(1, "title: \u001b[31mrød", 8);

        Assert.DoesNotContain('\u001b', excerpt.Code);
        Assert.Equal("title: \uFFFD[31mrød", excerpt.Code);
        Assert.Equal("       ^", excerpt.Marker);
    }
}
