using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>
/// Corruptions of links and attributes in Markdown: broken targets and anchors, non-ASCII paths,
/// unsafe schemes, duplicate and disallowed generic attributes, raw HTML.
/// </summary>
internal static partial class LinkMutators
{
    // Unsafe whatever the spelling: browsers drop tabs and newlines from URLs and ignore case in schemes.
    private static readonly string[] JavaScriptLinks =
    [
        "[klik her](javascript:alert(1))", "[klik her](JaVaScRiPt:alert(1))", "[klik her](java&#9;script:alert(1))",
        "![billede](javascript:alert(1))", "<javascript:alert(1)>", "[klik her][ref]\n\n[ref]: javascript:alert(1)",
    ];

    private static readonly string[] OtherUnsafeLinks =
    [
        "[klik her](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![billede](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)",
        "[klik her](vbscript:msgbox(1))", "[klik her](VBScript:msgbox(1))", "[klik her](file:///etc/passwd)",
    ];

    private static readonly string[] DisallowedAttributes = ["{hidden}", "{ping=https://example.com/}", "{rel=nofollow}", "{onclick=alert(1)}", "{style=\"color:red\"}", "{data-x=1}"];

    private static readonly string[] RawHtml =
        ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">klik</a>", "<style>body{display:none}</style>", "<iframe src=\"https://example.com/\"></iframe>"];

    public static IEnumerable<MutationKind> All =>
    [
        new("link-broken-target", BrokenTarget),
        new("link-non-ascii", (site, random) => InsertLink(site, random, random.One(["[side](../milepaele/æøå-findes-ikke.md)", "[side](/sider/blåbær/)", "[side](%C3%A6-findes-ikke.md)"]), expectError: true)),
        new("link-missing-anchor", MissingAnchor),
        new("link-javascript", (site, random) => InsertLink(site, random, random.One(JavaScriptLinks), expectError: true)),
        new("link-data-vbscript-file", (site, random) => InsertLink(site, random, random.One(OtherUnsafeLinks), expectError: true)),
        new("attr-duplicate-id", DuplicateId),
        new("attr-disallowed", (site, random) => InsertLink(site, random, "## Overskrift " + random.One(DisallowedAttributes), expectError: true)),
        new("raw-html", (site, random) => InsertLink(site, random, random.One(RawHtml), expectError: false)),
    ];

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private static Mutation BrokenTarget(OriginalSite site, Random random)
    {
        var (path, lines, at, link) = ExistingLink(site, random);
        var hash = link.Value.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? link.Value : link.Value[..hash];
        var broken = random.Next(2) == 0 ? target.Replace(".md", "-findes-ikke.md", StringComparison.Ordinal) : "findes-ikke.md";
        if (broken == target)
        {
            broken = target.TrimEnd('/') + "-findes-ikke/";
        }
        lines[at] = lines[at][..link.Index] + broken + lines[at][(link.Index + target.Length)..];
        return new Mutation($"{path}: changed the link `{link.Value}` on line {at + 1} to `{broken}`",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation MissingAnchor(OriginalSite site, Random random)
    {
        if (random.Next(2) == 0)
        {
            return InsertLink(site, random, "[afsnit](#findes-ikke)", expectError: true);
        }
        var (path, lines, at, link) = ExistingLink(site, random);
        var hash = link.Value.IndexOf('#', StringComparison.Ordinal);
        var target = (hash < 0 ? link.Value : link.Value[..hash]) + "#findes-ikke";
        lines[at] = lines[at][..link.Index] + target + lines[at][(link.Index + link.Length)..];
        return new Mutation($"{path}: pointed the link `{link.Value}` on line {at + 1} at `{target}`",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    // Two headings with the same explicit id: the second is the one to fix, but either is the right place.
    private static Mutation DuplicateId(OriginalSite site, Random random)
    {
        var (path, lines, at) = BlankBodyLine(site, random);
        lines.Insert(at, "\n## Første {#samme-id}\n\n## Anden {#samme-id}");
        return new Mutation($"{path}: two headings with the id `samme-id` on lines {at + 2} and {at + 4}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], new ExpectedError(path, at + 2, at + 4));
    }

    /// <summary>Inserts a block of Markdown between two paragraphs; the place to fix is one of its lines.</summary>
    private static Mutation InsertLink(OriginalSite site, Random random, string markdown, bool expectError)
    {
        var (path, lines, at) = BlankBodyLine(site, random);
        lines.Insert(at, "\n" + markdown);
        var last = at + 1 + markdown.Split('\n').Length;
        return new Mutation($"{path}: inserted `{markdown.ReplaceLineEndings(" ")}` as line {at + 2}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], expectError ? new ExpectedError(path, at + 2, last) : null);
    }

    private static (string Path, List<string> Lines, int At) BlankBodyLine(OriginalSite site, Random random)
    {
        var path = random.One(site.MarkdownFiles);
        var lines = site.Lines(path);
        // A blank line ends a block; the end of the file does too.
        var at = random.Line(lines, site.BodyStart(path), lines.Count - 1, line => line.Length == 0) ?? lines.Count;
        return (path, lines, at);
    }

    private static (string Path, List<string> Lines, int At, Group Link) ExistingLink(OriginalSite site, Random random)
    {
        var candidates = site.MarkdownFiles
            .SelectMany(path => site.Lines(path).Select((line, index) => (path, line, index)).Skip(site.BodyStart(path)))
            .SelectMany(entry => MarkdownLink().Matches(entry.line).Select(match => (entry.path, entry.index, link: match.Groups["target"])))
            .Where(entry => !entry.link.Value.Contains("://", StringComparison.Ordinal) && !entry.link.Value.StartsWith("mailto:", StringComparison.Ordinal))
            .ToList();
        var (path, index, link) = random.One(candidates);
        return (path, site.Lines(path), index, link);
    }
}
