using System.Globalization;
using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Specs;

/// <summary>
/// Reads the content examples of a Markdown document. An example is a fenced block whose last
/// non-blank line before it is a marker comment:
/// <code>
/// &lt;!-- example input/faser/planlaegning.md --&gt;                       the whole file; builds cleanly
/// &lt;!-- example fragment of input/roller/x.md --&gt;                     front-matter fields put into that file
/// &lt;!-- example input/om.md expects DS036 at 7:1 --&gt;                   exactly this error, at line:col of the block
/// </code>
/// A fragment goes into the whole-file example with that path earlier in the same document, or else
/// into the test site's own file. Every <c>yaml</c> or <c>markdown</c> block must carry a marker, so
/// a new example cannot go untested.
/// </summary>
internal static partial class DocExampleReader
{
    private const string Fence = "```";
    private static readonly string[] ContentLanguages = ["yaml", "markdown"];

    /// <summary>The examples of <paramref name="document"/> (a path from the repository root), and the lines of unmarked or malformed blocks.</summary>
    public static (IReadOnlyList<DocExample> Examples, IReadOnlyList<string> Problems) Read(string document) =>
        Parse(document, File.ReadAllText(Path.Combine(RepositoryRoot.Path, document)));

    /// <summary>The examples in <paramref name="text"/>, named after <paramref name="document"/>.</summary>
    public static (IReadOnlyList<DocExample> Examples, IReadOnlyList<string> Problems) Parse(string document, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<DocExample>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = lines[i].TrimStart(' ');
            if (!opening.StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }
            var indent = lines[i].Length - opening.Length;
            var language = opening[Fence.Length..].Trim().Split(' ')[0];
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == Fence);
            if (end < 0)
            {
                problems.Add($"{document}:{i + 1}: the fenced block is never closed");
                break;
            }
            var block = string.Concat(lines[(i + 1)..end].Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
            var marker = MarkerBefore(lines, i);
            var location = $"{document}:{i + 2}";
            if (marker is not null && MarkerPattern().Match(marker) is { Success: true } match)
            {
                examples.Add(ToExample(document, i + 2, block, match));
            }
            else if (marker is not null && marker.StartsWith("<!-- example", StringComparison.Ordinal))
            {
                problems.Add($"{location}: malformed marker `{marker}`");
            }
            else if (ContentLanguages.Contains(language))
            {
                problems.Add($"{location}: a {language} block without an `<!-- example … -->` marker");
            }
            i = end;
        }
        return (examples, problems);
    }

    private static DocExample ToExample(string document, int line, string text, Match match) => new(
        document,
        line,
        match.Groups["path"].Value,
        match.Groups["fragment"].Success,
        text,
        match.Groups["code"].Success ? match.Groups["code"].Value : null,
        match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
        match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 0);

    private static string? MarkerBefore(string[] lines, int fence)
    {
        for (var i = fence - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                return line.StartsWith("<!--", StringComparison.Ordinal) ? line : null;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^<!-- example (?<fragment>fragment of )?(?<path>input/\S+)(?: expects (?<code>DS\d{3}) at (?<line>\d+):(?<column>\d+))? -->$")]
    private static partial Regex MarkerPattern();
}
