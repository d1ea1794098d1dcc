using Drejebog.Site.Build;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Sources;

/// <summary>The lines diagnostics can show: from the text sources the build read, by their diagnostic paths, and from nothing else.</summary>
public sealed class SourceLinesTests
{
    private static readonly SourceLines Lines = SourceLines.Of(TestSite.Minimal()
        .With("input/crlf.md", "---\r\ntitle: CRLF\r\n---\r\n")
        .WithBytes("input/bilag/noter.txt", "en tekst\nanden linje\n"u8.ToArray())
        .WithBytes("input/ugyldig.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xE6, 0x0A])
        .ToSources());

    [Fact]
    public void Input_markdown_and_site_settings_are_read_by_their_display_paths()
    {
        Assert.Equal("order: 1", Lines.Line("input/milepaele/1-01-start.md", 5));
        Assert.Equal("organisation: Testkommunen", Lines.Line("input/site.yml", 4));
    }

    [Fact]
    public void Templates_are_read_under_the_theme()
    {
        var template = TestSite.Minimal().ToSources().Templates.First();

        Assert.Equal(template.Value.Split('\n')[0], Lines.Line($"theme/{template.Key}", 1));
    }

    [Fact]
    public void Line_breaks_are_not_part_of_a_line()
    {
        Assert.Equal("title: CRLF", Lines.Line("input/crlf.md", 2));
    }

    [Fact]
    public void Files_that_are_not_text_sources_and_lines_that_do_not_exist_have_none()
    {
        Assert.Null(Lines.Line("input/bilag/noter.txt", 1));
        Assert.Null(Lines.Line("input/ugyldig.md", 1));
        Assert.Null(Lines.Line("input/findes-ikke.md", 1));
        Assert.Null(Lines.Line("input/milepaele/1-01-start.md", 0));
        Assert.Null(Lines.Line("input/milepaele/1-01-start.md", 1000));
    }
}
