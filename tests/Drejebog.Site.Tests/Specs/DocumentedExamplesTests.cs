using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Specs;

/// <summary>
/// The content examples in the documentation, built as spec tests: each fenced example marked
/// <c>&lt;!-- example … --&gt;</c> (see <see cref="DocExampleReader"/>) is put into the minimal test
/// site and must build as its marker says, so an example that stops working fails here.
/// </summary>
public sealed class DocumentedExamplesTests
{
    private static readonly string[] Documents = ["docs/content-format.md", "CONTRIBUTING.md"];

    /// <summary>Fewer than this many examples means the reader lost them, not that the docs have none.</summary>
    private const int MinimumExamples = 10;

    public static TheoryData<string> Examples() => [.. AllExamples().Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Documented_example_builds_as_its_marker_says(string name)
    {
        var examples = AllExamples();
        var example = examples.Single(e => e.Name == name);
        var earlier = examples.TakeWhile(e => e != example).Where(e => e.Document == example.Document);
        var (site, firstLine) = DocExampleSite.Apply(DocExampleSite.Baseline(), example, earlier);

        var result = site.Build();

        if (example.ExpectedCode is null)
        {
            DiagnosticAssert.Clean(result);
            return;
        }
        Assert.Contains(example.ExpectedCode, AllCodes());
        var expected = $"{example.Path}:{firstLine + example.ExpectedLine - 1}:{example.ExpectedColumn} {example.ExpectedCode}";
        Assert.Equal([expected], result.Diagnostics.Select(d => $"{d.Path}:{d.Line}:{d.Column} {d.Code}"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Every_content_block_in_the_documents_is_a_marked_example()
    {
        var problems = Documents.SelectMany(d => DocExampleReader.Read(d).Problems).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.InRange(AllExamples().Count, MinimumExamples, int.MaxValue);
    }

    private static List<DocExample> AllExamples() =>
        [.. Documents.SelectMany(d => DocExampleReader.Read(d).Examples)];

    private static IEnumerable<string> AllCodes() =>
        typeof(ErrorCodes).GetFields().Select(f => f.GetValue(null)).OfType<ErrorCode>().Select(c => c.Code);
}
