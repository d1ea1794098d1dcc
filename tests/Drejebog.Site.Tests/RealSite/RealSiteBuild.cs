using Drejebog.Site.Build;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The real site, built once for all tests that only read it, and the front matter of its input
/// files read here with YamlDotNet directly, so expectations do not come from the generator.
/// </summary>
internal static class RealSiteBuild
{
    private static readonly Lazy<BuildResult> Built = new(() => TestSite.Real().Build());

    public static BuildResult Result => Built.Value;

    /// <summary>How many Markdown files <c>input/</c> holds: each is a page, so the site has at least as many.</summary>
    public static int MarkdownFileCount => Directory.GetFiles(RepositoryRoot.Input, "*.md", SearchOption.AllDirectories).Length;

    /// <summary>
    /// Every page of the real site, after asserting there is one for each Markdown file at least,
    /// so a test that checks every page cannot pass by checking none.
    /// </summary>
    public static IReadOnlyList<Document> Pages
    {
        get
        {
            var pages = Result.Pages;
            Assert.True(pages.Count >= MarkdownFileCount, $"{pages.Count} pages for {MarkdownFileCount} Markdown files");
            return pages;
        }
    }

    /// <summary>Every Markdown file under <c>input/&lt;folder&gt;</c>, with its front matter.
    /// A folder without any fails the test, which would otherwise check nothing.</summary>
    public static IReadOnlyList<SourceEntry> Files(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Input, folder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceEntry(Path.GetRelativePath(RepositoryRoot.Input, path).Replace('\\', '/'), FrontMatter(File.ReadAllText(path))))
            .ToList();
        Assert.True(files.Count > 0, $"input/{folder} has no Markdown files");
        return files;
    }

    /// <summary>The YAML between the first two <c>---</c> lines.</summary>
    public static YamlMappingNode FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        Assert.True(end > 0, "front matter never ends");
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines[1..end])));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlMappingNode SiteSettings()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Input, "site.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}

/// <summary>One input file and its front matter.</summary>
internal sealed record SourceEntry(string RelativePath, YamlMappingNode FrontMatter)
{
    public string? Scalar(string key) =>
        FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public IReadOnlyList<string> List(string key) =>
        FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];

    public bool IsDraft => Scalar("status") == "udkast";
}
