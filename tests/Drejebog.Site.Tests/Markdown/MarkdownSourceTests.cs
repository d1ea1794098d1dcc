using Drejebog.Site.Diagnostics;
using Drejebog.Site.Markdown;

namespace Drejebog.Site.Tests.Markdown;

public sealed class MarkdownSourceTests
{
    [Theory]
    [InlineData(0, 5, 1)]
    [InlineData(3, 5, 4)]
    [InlineData(4, 6, 1)]
    [InlineData(5, 7, 1)]
    [InlineData(8, 7, 4)]
    [InlineData(99, 7, 4)]
    public void Offsets_become_file_lines_and_columns(int offset, int line, int column)
    {
        // The body starts on line 5 of its file: "abc" on 5, "" on 6, "xyz" on 7.
        var source = new MarkdownSource("input/om.md", "abc\n\nxyz", 5, new DiagnosticBag());

        Assert.Equal(new SourcePosition(line, column), source.PositionAt(offset));
    }
}
