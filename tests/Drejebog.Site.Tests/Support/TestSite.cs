using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Output;
using Drejebog.Site.Sources;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// A whole site in memory, written as one txtar-style string:
/// <c>-- input/site.yml --</c> starts a file, everything up to the next marker is its text.
/// Paths under <c>input/</c> become input files, <c>theme/layouts/</c> and <c>theme/partials/</c>
/// templates. Instances are immutable: <see cref="With(string)"/> returns a changed copy, so an
/// error test starts from <see cref="Minimal"/> and changes one file.
/// </summary>
public sealed class TestSite
{
    private const string InputPrefix = "input/";
    private const string ThemePrefix = "theme/";
    private const string AssetPrefix = "theme/assets/";

    private readonly IReadOnlyDictionary<string, byte[]> input;
    private readonly IReadOnlyDictionary<string, string> templates;
    private readonly IReadOnlyList<StaticFile> assets;
    private readonly IReadOnlyList<string> missingAssets;

    private TestSite(IReadOnlyDictionary<string, byte[]> input, IReadOnlyDictionary<string, string> templates,
        IReadOnlyList<StaticFile> assets, IReadOnlyList<string> missingAssets)
    {
        this.input = input;
        this.templates = templates;
        this.assets = assets;
        this.missingAssets = missingAssets;
    }

    /// <summary>Input file paths (relative to <c>input/</c>), for tests that count them.</summary>
    public IEnumerable<string> InputPaths => input.Keys;

    /// <summary>A site from nothing but the files in <paramref name="txtar"/>.</summary>
    public static TestSite From(string txtar) =>
        new TestSite(new Dictionary<string, byte[]>(), new Dictionary<string, string>(), [], []).With(txtar);

    /// <summary>
    /// The baseline: site.yml, a front page, one phase, two roles, two milestones (<c>plan</c>
    /// depends on <c>start</c>) and a tiny layout for every page kind. It builds without errors.
    /// </summary>
    public static TestSite Minimal() => From(MinimalSite.Text);

    /// <summary>The real <c>input/</c> and <c>theme/</c> of this repository, read from disk.</summary>
    public static TestSite Real()
    {
        var root = RepositoryRoot.Path;
        var theme = Path.Combine(root, "theme");
        var problem = ThemeInstaller.EnsureInstalled(theme);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The theme's npm packages could not be installed: {problem}");
        }
        var sources = SiteSourcesLoader.FromDisk(Path.Combine(root, "input"), theme, root);
        return new TestSite(
            sources.InputFiles.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal),
            sources.Templates,
            sources.Assets,
            sources.MissingAssets);
    }

    /// <summary>Adds or replaces every file in <paramref name="txtar"/>.</summary>
    public TestSite With(string txtar)
    {
        var site = this;
        foreach (var (path, text) in Parse(txtar))
        {
            site = site.With(path, text);
        }
        return site;
    }

    /// <summary>
    /// Adds or replaces one file, given by its path from the repository root (<c>input/faser/a.md</c>);
    /// files under <c>theme/assets/</c> become assets, written to <c>/assets/</c>.
    /// </summary>
    public TestSite With(string path, string text)
    {
        if (path.StartsWith(AssetPrefix, StringComparison.Ordinal))
        {
            var outputPath = path[ThemePrefix.Length..];
            var asset = new StaticFile(outputPath, null, Encoding.UTF8.GetBytes(text));
            return new TestSite(input, templates, [.. assets.Where(a => a.OutputPath != outputPath), asset], missingAssets);
        }
        return path.StartsWith(ThemePrefix, StringComparison.Ordinal)
            ? new TestSite(input, Replace(templates, path[ThemePrefix.Length..], text), assets, missingAssets)
            : WithBytes(path, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Adds or replaces one input file with exact bytes (for encoding tests).</summary>
    public TestSite WithBytes(string path, byte[] bytes) =>
        new(Replace(input, InputRelative(path), bytes), templates, assets, missingAssets);

    /// <summary>
    /// Replaces line <paramref name="line"/> (one-based) of an input file. The current text must be
    /// <paramref name="expected"/>, so a test shows which line it changes and fails loudly if the baseline moves.
    /// </summary>
    public TestSite ReplaceLine(string path, int line, string expected, string replacement)
    {
        var lines = Text(path).Split('\n');
        if (lines[line - 1] != expected)
        {
            throw new ArgumentException($"Line {line} of {path} is `{lines[line - 1]}`, not `{expected}`.", nameof(expected));
        }
        lines[line - 1] = replacement;
        return With(path, string.Join('\n', lines));
    }

    /// <summary>Inserts a line so that it becomes line <paramref name="line"/> (one-based) of an input file.</summary>
    public TestSite InsertLine(string path, int line, string text)
    {
        var lines = Text(path).Split('\n').ToList();
        lines.Insert(line - 1, text);
        return With(path, string.Join('\n', lines));
    }

    /// <summary>Replaces the body of an input file (everything after its front matter), keeping the front matter.</summary>
    public TestSite WithBody(string path, string body)
    {
        var lines = Text(path).Split('\n');
        return With(path, string.Join('\n', lines[..ClosingLine(path, lines)]) + "\n" + body.TrimEnd('\n') + "\n");
    }

    /// <summary>Adds lines at the end of an input file's front matter, just before its closing <c>---</c>.</summary>
    public TestSite WithFrontMatter(string path, string yaml)
    {
        var lines = Text(path).Split('\n').ToList();
        lines.InsertRange(ClosingLine(path, [.. lines]) - 1, yaml.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'));
        return With(path, string.Join('\n', lines));
    }

    /// <summary>
    /// The one-based line of an input file that contains <paramref name="text"/>, which must be on exactly
    /// one line: tests name the line they expect a diagnostic at by its text, so adding a front-matter
    /// field to the fixtures does not move their assertions.
    /// </summary>
    public int LineOf(string path, string text)
    {
        var lines = Text(path).Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        return found.Count == 1 ? found[0] + 1 : throw new ArgumentException($"{path} has `{text}` on {found.Count} lines, not one.", nameof(text));
    }

    // The one-based line of the front matter's closing `---`.
    private static int ClosingLine(string path, string[] lines) =>
        lines.Length > 0 && lines[0] == "---" && Array.IndexOf(lines, "---", 1) is var end and > 0
            ? end + 1
            : throw new ArgumentException($"{path} has no front matter.", nameof(path));

    /// <summary>Removes one file.</summary>
    public TestSite Without(string path)
    {
        if (path.StartsWith(ThemePrefix, StringComparison.Ordinal))
        {
            return new TestSite(input, Remove(templates, path[ThemePrefix.Length..]), assets, missingAssets);
        }
        return new TestSite(Remove(input, InputRelative(path)), templates, assets, missingAssets);
    }

    /// <summary>The text of one input file, for tests that change a line of an existing file.</summary>
    public string Text(string path) => Encoding.UTF8.GetString(input[InputRelative(path)]);

    public SiteSources ToSources() => new()
    {
        InputFiles = input.Select(f => new SourceFile(f.Key, f.Value)).ToList(),
        Templates = templates,
        Assets = assets,
        MissingAssets = missingAssets,
    };

    public BuildResult Build() => SiteBuilder.Build(ToSources());

    /// <summary>
    /// Writes <c>input/</c> and <c>theme/</c> under <paramref name="root"/>, with a
    /// <c>package.json</c> without dependencies so the CLI's theme installer has nothing to do.
    /// </summary>
    public void WriteTo(string root)
    {
        foreach (var (path, bytes) in input)
        {
            WriteFile(Path.Combine(root, "input", path), bytes);
        }
        foreach (var (path, text) in templates)
        {
            WriteFile(Path.Combine(root, "theme", path), Encoding.UTF8.GetBytes(text));
        }
        foreach (var asset in assets.Where(a => a.Content is not null))
        {
            WriteFile(Path.Combine(root, "theme", asset.OutputPath), asset.Content!);
        }
        WriteFile(Path.Combine(root, "theme", "package.json"), Encoding.UTF8.GetBytes("{ \"private\": true }\n"));
    }

    /// <summary>Splits a txtar text into (path, text) pairs; every line of a file ends with a newline.</summary>
    public static IEnumerable<(string Path, string Text)> Parse(string txtar)
    {
        string? path = null;
        var text = new StringBuilder();
        var normalised = txtar.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalised.EndsWith('\n'))
        {
            normalised = normalised[..^1];
        }
        foreach (var line in normalised.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, text.ToString());
                }
                path = line[3..^3].Trim();
                text.Clear();
            }
            else if (path is not null)
            {
                text.Append(line).Append('\n');
            }
            else if (line.Trim().Length > 0)
            {
                throw new ArgumentException($"Text before the first `-- path --` marker: {line}", nameof(txtar));
            }
        }
        if (path is not null)
        {
            yield return (path, text.ToString());
        }
    }

    private static string InputRelative(string path) =>
        path.StartsWith(InputPrefix, StringComparison.Ordinal)
            ? path[InputPrefix.Length..]
            : throw new ArgumentException($"Test site paths start with input/ or theme/: {path}", nameof(path));

    private static Dictionary<string, T> Replace<T>(IReadOnlyDictionary<string, T> files, string path, T value) =>
        new(files, StringComparer.Ordinal) { [path] = value };

    private static Dictionary<string, T> Remove<T>(IReadOnlyDictionary<string, T> files, string path)
    {
        var copy = new Dictionary<string, T>(files, StringComparer.Ordinal);
        if (!copy.Remove(path))
        {
            throw new ArgumentException($"The test site has no file {path}.", nameof(path));
        }
        return copy;
    }

    private static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
