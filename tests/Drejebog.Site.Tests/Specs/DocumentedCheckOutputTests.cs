using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Specs;

/// <summary>
/// The messages the documentation shows as <c>check</c> prints them, produced by the real tool: a
/// <c>text</c> block marked <c>&lt;!-- check output --&gt;</c> shows what <c>check</c> writes first
/// for the marked example just above it (see <see cref="DocExampleReader"/>). The example is put into
/// the test site as <see cref="DocumentedExamplesTests"/> does, written to disk, checked, and the
/// first lines of the output must be the block, so a changed message or excerpt fails here.
/// </summary>
public sealed class DocumentedCheckOutputTests
{
    private const string Document = "CONTRIBUTING.md";
    private const string Marker = "<!-- check output -->";
    private const string Fence = "```";

    public static TheoryData<int> Outputs() => [.. Blocks().Select(b => b.Line)];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Documented_output_is_what_check_prints_for_the_example_above(int line)
    {
        var expected = Blocks().Single(b => b.Line == line).Text;
        var examples = DocExampleReader.Read(Document).Examples;
        var example = examples.Last(e => e.DocumentLine < line);
        var earlier = examples.TakeWhile(e => e != example);
        var (site, _) = DocExampleSite.Apply(DocExampleSite.Baseline(), example, earlier);
        using var temp = new TempFolder();
        site.WriteTo(temp.Path);

        var (exitCode, _, stderr) = CliRunner.RunIn(temp.Path, "check", "-q");

        Assert.Equal(example.ExpectedCode is null ? 0 : 1, exitCode);
        var printed = stderr.Split('\n').Take(expected.Split('\n').Length);
        Assert.Equal(expected, string.Join('\n', printed));
    }

    [Fact]
    public void The_contributing_guide_shows_check_output()
    {
        Assert.InRange(Blocks().Count, 3, int.MaxValue);
    }

    /// <summary>Each marked block: the document line of its marker and its text, without the last line break.</summary>
    private static List<(int Line, string Text)> Blocks()
    {
        var lines = File.ReadAllText(Path.Combine(RepositoryRoot.Path, Document)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != Marker)
            {
                continue;
            }
            var open = Array.FindIndex(lines, i + 1, l => l.Trim().Length > 0);
            Assert.True(open > 0 && lines[open] == Fence + "text", $"{Document}:{i + 1}: `{Marker}` must be followed by a ```text block");
            var close = Array.FindIndex(lines, open + 1, l => l == Fence);
            Assert.True(close > 0, $"{Document}:{open + 1}: the block is never closed");
            blocks.Add((i + 1, string.Join('\n', lines[(open + 1)..close])));
        }
        return blocks;
    }
}
