using System.Text.Json;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Output;

/// <summary>Reads the input and theme folders from disk into <see cref="SiteSources"/>.</summary>
public static class SiteSourcesLoader
{
    public const string AssetMapFile = "assets.json";
    public const string DesignSystemFolder = "node_modules/dkfds";

    private static readonly string[] TemplateFolders = ["layouts", "partials"];

    /// <param name="inputDirectory">The content (<c>input/</c>).</param>
    /// <param name="themeDirectory">The theme (<c>theme/</c>).</param>
    /// <param name="workingDirectory">What diagnostics' paths are relative to.</param>
    /// <param name="baseUrl">The address to build for instead of <c>site.yml</c>'s (<c>--base-url</c>), or null.</param>
    public static SiteSources FromDisk(string inputDirectory, string themeDirectory, string workingDirectory, string? baseUrl = null)
    {
        var (assets, missing) = Assets(themeDirectory, workingDirectory);
        return new SiteSources
        {
            InputDisplayRoot = DisplayPath(inputDirectory, workingDirectory),
            ThemeDisplayRoot = DisplayPath(themeDirectory, workingDirectory),
            InputFiles = Directory.Exists(inputDirectory)
                ? Files(inputDirectory).AsParallel().Select(path => new SourceFile(Relative(inputDirectory, path), File.ReadAllBytes(path))).ToList()
                : [],
            Templates = TemplateFolders
                .Select(folder => Path.Combine(themeDirectory, folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.liquid"))
                .ToDictionary(path => Relative(themeDirectory, path), File.ReadAllText, StringComparer.Ordinal),
            Assets = assets,
            MissingAssets = missing,
            BaseUrl = baseUrl,
        };
    }

    /// <summary>Our own assets under <c>theme/assets/</c> and the dkfds files named in <c>theme/assets.json</c>.</summary>
    private static (List<StaticFile> Assets, List<string> Missing) Assets(string themeDirectory, string workingDirectory)
    {
        var assets = new List<StaticFile>();
        var missing = new List<string>();
        var own = Path.Combine(themeDirectory, "assets");
        if (Directory.Exists(own))
        {
            assets.AddRange(Files(own).Select(path => new StaticFile("assets/" + Relative(own, path), path, null, DisplayPath(path, workingDirectory))));
        }

        var mapPath = Path.Combine(themeDirectory, AssetMapFile);
        if (!File.Exists(mapPath))
        {
            return (assets, missing);
        }
        var designSystem = Path.Combine(themeDirectory, DesignSystemFolder);
        foreach (var entry in JsonSerializer.Deserialize<List<AssetMapping>>(File.ReadAllText(mapPath), JsonOptions) ?? [])
        {
            var source = Path.Combine(designSystem, entry.From);
            if (Directory.Exists(source))
            {
                assets.AddRange(Files(source).Select(path => new StaticFile($"assets/{entry.To}/{Relative(source, path)}", path, null, DisplayPath(path, workingDirectory))));
            }
            else if (File.Exists(source))
            {
                assets.Add(new StaticFile($"assets/{entry.To}", source, null, DisplayPath(source, workingDirectory)));
            }
            else
            {
                missing.Add($"{DesignSystemFolder}/{entry.From}");
            }
        }
        return (assets, missing);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record AssetMapping(string From, string To);

    private static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => !Relative(directory, path).Split('/').Any(part => part.StartsWith('.')));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string DisplayPath(string directory, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, directory).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(directory) : relative;
    }
}
