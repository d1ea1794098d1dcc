using System.Text;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// The unmutated input and templates of the real site, read once: what mutations start from and
/// what the site is restored to after each build. Paths are relative to the site root (<c>input/…</c>).
/// </summary>
public sealed class OriginalSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, byte[]> files;

    public OriginalSite(string root)
    {
        files = Directory.EnumerateFiles(Path.Combine(root, "input"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "theme", "layouts")))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "theme", "partials")))
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        InputFiles = [.. files.Keys.Where(path => path.StartsWith("input/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        MarkdownFiles = [.. InputFiles.Where(path => path.EndsWith(".md", StringComparison.Ordinal))];
        Milestones = [.. MarkdownFiles.Where(path => path.StartsWith("input/milepaele/", StringComparison.Ordinal))];
        YamlFiles = [.. MarkdownFiles, SiteSettings];
        Templates = [.. files.Keys.Where(path => path.StartsWith("theme/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public const string SiteSettings = "input/site.yml";

    public IReadOnlyList<string> InputFiles { get; }

    public IReadOnlyList<string> MarkdownFiles { get; }

    public IReadOnlyList<string> Milestones { get; }

    /// <summary>Files with YAML: every Markdown file's front matter and <c>site.yml</c>.</summary>
    public IReadOnlyList<string> YamlFiles { get; }

    public IReadOnlyList<string> Templates { get; }

    public bool Contains(string path) => files.ContainsKey(path);

    public byte[] Bytes(string path) => files[path];

    public List<string> Lines(string path) => [.. Utf8.GetString(files[path]).Split('\n')];

    public static byte[] Join(IEnumerable<string> lines) => Utf8.GetBytes(string.Join('\n', lines));

    public static byte[] Encode(string text) => Utf8.GetBytes(text);

    /// <summary>The zero-based indexes of the YAML lines: between the <c>---</c> lines, or all of <c>site.yml</c>.</summary>
    public (int First, int Last) YamlLines(string path)
    {
        var lines = Lines(path);
        if (path == SiteSettings)
        {
            return (0, lines.FindLastIndex(line => line.Length > 0));
        }
        var end = lines.IndexOf("---", 1);
        return (1, end - 1);
    }

    /// <summary>The zero-based index of the first body line of a Markdown file.</summary>
    public int BodyStart(string path) => Lines(path).IndexOf("---", 1) + 1;

    /// <summary>The value of a top-level front-matter key, or null.</summary>
    public string? Field(string path, string key)
    {
        var (first, last) = YamlLines(path);
        var lines = Lines(path);
        for (var i = first; i <= last; i++)
        {
            if (lines[i].StartsWith(key + ": ", StringComparison.Ordinal))
            {
                return lines[i][(key.Length + 2)..].Trim();
            }
        }
        return null;
    }

    /// <summary>The milestone file whose id is <paramref name="id"/>, or null.</summary>
    public string? MilestoneWithId(string id) => Milestones.FirstOrDefault(path => Field(path, "id") == id);
}
