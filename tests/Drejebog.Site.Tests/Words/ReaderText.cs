using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.Words;

/// <summary>One line of text a reader sees, with its line in the file.</summary>
internal sealed record TextLine(int Line, string Text);

/// <summary>
/// Text that belongs together: one front-matter value, or a file's whole Markdown body. Word
/// checks run within a run, never across two (two fields follow each other only in the file).
/// </summary>
internal sealed record TextRun(IReadOnlyList<TextLine> Lines, bool IsTitle);

/// <summary>
/// The reader-visible text of a file in <c>input/</c>: front-matter values (not keys, not ids or
/// other references) and the Markdown body without link targets, <c>{…}</c> attributes, HTML tags
/// and list numbers. Read with YamlDotNet and plain text rules, so the checks that use it do not
/// depend on the generator they check.
/// </summary>
internal static partial class ReaderText
{
    /// <summary>Keys whose values are ids, references, numbers, dates or settings, never prose.</summary>
    private static readonly HashSet<string> ReferenceKeys =
    [
        "id", "phase", "role", "kind", "order", "number", "nav_order", "layout", "status", "depends_on",
        "reports_to", "member_of", "supports", "redirect_from", "url", "starts", "ends",
        "base_url", "repository", "branch",
    ];

    public static IReadOnlyList<TextRun> Read(string path, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return Values(text, firstLine: 1);
        }
        var lines = text.Split('\n');
        var bodyStart = 0;
        var runs = new List<TextRun>();
        if (lines[0] == "---" && Array.IndexOf(lines, "---", 1) is var end and > 0)
        {
            runs.AddRange(Values(string.Join('\n', lines[1..end]), firstLine: 2));
            bodyStart = end + 1;
        }
        var body = new List<TextLine>();
        for (var i = bodyStart; i < lines.Length; i++)
        {
            body.Add(new TextLine(i + 1, WithoutMarkup(lines[i])));
        }
        runs.Add(new TextRun(body, IsTitle: false));
        return runs;
    }

    /// <summary>Every prose scalar of a YAML document, each its own run, at its line in the file.</summary>
    private static List<TextRun> Values(string yaml, int firstLine)
    {
        var runs = new List<TextRun>();
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
        {
            Collect(stream.Documents[0].RootNode, key: null, firstLine, runs);
        }
        return runs;
    }

    private static void Collect(YamlNode node, string? key, int firstLine, List<TextRun> runs)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    var childKey = (name as YamlScalarNode)?.Value;
                    if (childKey is null || !ReferenceKeys.Contains(childKey))
                    {
                        Collect(value, childKey, firstLine, runs);
                    }
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Collect(item, key, firstLine, runs);
                }
                break;
            case YamlScalarNode { Value: { Length: > 0 } value } scalar:
                var line = (int)scalar.Start.Line + firstLine - 1;
                runs.Add(new TextRun([new TextLine(line, value)], IsTitle: key == "title"));
                break;
        }
    }

    /// <summary>One body line without what the reader does not read: link targets, attributes, tags, list numbers.</summary>
    private static string WithoutMarkup(string line)
    {
        if (ReferenceDefinition().IsMatch(line))
        {
            return "";
        }
        line = LinkTarget().Replace(line, "]");
        line = Attributes().Replace(line, " ");
        line = Tag().Replace(line, " ");
        return ListNumber().Replace(line, "");
    }

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\{[#.][^}]*\}")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"<[^<>\s][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*\d+[.)]\s+")]
    private static partial Regex ListNumber();
}
