using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>A milestone as its input file's front matter gives it; <paramref name="Duties"/> are "role:kind" pairs.</summary>
internal sealed record InputMilestone(string File, string Id, string Phase, int Order, IReadOnlyList<(string Id, string Text)> Deliverables, IReadOnlySet<string> Roles, IReadOnlySet<string> Duties);

/// <summary>
/// The milestones under <c>input/milepaele/</c>, read here with YamlDotNet directly, so what the
/// tests expect on the pages does not come from the generator or the page scripts.
/// </summary>
internal static class InputMilestones
{
    public static IReadOnlyList<InputMilestone> Read(string inputDirectory) =>
        Directory.GetFiles(Path.Combine(inputDirectory, "milepaele"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(path, FrontMatter(File.ReadAllText(path))))
            .ToList();

    /// <summary>
    /// The <c>title</c> in the front matter of each Markdown file in <paramref name="folder"/> (<c>faser</c>,
    /// <c>roller</c>, <c>milepaele</c>), in file-name order: for milestones (<c>1-03-…</c>) the reading order.
    /// </summary>
    public static IReadOnlyList<string> Titles(string inputDirectory, string folder) =>
        Directory.GetFiles(Path.Combine(inputDirectory, folder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Scalar(FrontMatter(File.ReadAllText(path)), "title"))
            .ToList();

    private static InputMilestone Parse(string path, YamlMappingNode front) => new(
        path,
        Scalar(front, "id"),
        Scalar(front, "phase"),
        int.Parse(Scalar(front, "order"), System.Globalization.CultureInfo.InvariantCulture),
        Sequence(front, "deliverables").Select(d => (Scalar(d, "id"), Scalar(d, "text"))).ToList(),
        Sequence(front, "responsibilities").Select(r => Scalar(r, "role")).ToHashSet(StringComparer.Ordinal),
        Sequence(front, "responsibilities").Select(r => $"{Scalar(r, "role")}:{Scalar(r, "kind")}").ToHashSet(StringComparer.Ordinal));

    private static YamlMappingNode FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (lines[0] != "---" || end < 0)
        {
            throw new InvalidDataException("A milestone file without front matter.");
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines[1..end])));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";

    private static IEnumerable<YamlMappingNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];
}
