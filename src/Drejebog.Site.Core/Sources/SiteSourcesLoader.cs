using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;

namespace Drejebog.Site.Sources;

/// <summary>
/// Reads the input and theme folders from disk into <see cref="SiteSources"/>, each through a
/// <see cref="SourceTree"/>, so nothing outside them is read and no file is read past its size limit.
/// </summary>
public static class SiteSourcesLoader
{
    public const string AssetMapFile = "assets.json";
    public const string DesignSystemFolder = "node_modules/dkfds";

    /// <summary>
    /// The theme's installed packages, which <c>npm ci</c> fills from the pinned package-lock.json. It
    /// must be a real folder in the theme, never a link (see <see cref="ThemeInstaller"/>); links inside
    /// it must stay inside it.
    /// </summary>
    private const string PackagesFolder = ThemeInstaller.PackagesFolder;

    private static readonly string[] TemplateFolders = ["layouts", "partials"];

    /// <param name="inputDirectory">The content (<c>input/</c>).</param>
    /// <param name="themeDirectory">The theme (<c>theme/</c>).</param>
    /// <param name="workingDirectory">What diagnostics' paths are relative to.</param>
    /// <param name="baseUrl">The address to build for instead of <c>site.yml</c>'s (<c>--base-url</c>), or null.</param>
    /// <param name="makesPdf">Whether the build will print the whole playbook to a PDF (<see cref="SiteSources.MakesPdf"/>).</param>
    public static SiteSources FromDisk(string inputDirectory, string themeDirectory, string workingDirectory, string? baseUrl = null, bool makesPdf = false)
    {
        var inputRoot = DisplayPath(inputDirectory, workingDirectory);
        var themeRoot = DisplayPath(themeDirectory, workingDirectory);
        var input = new SourceTree(inputDirectory, inputRoot);
        var theme = new SourceTree(themeDirectory, themeRoot);
        var inputFiles = Directory.Exists(inputDirectory)
            ? input.Files("", recursive: true).AsParallel()
                .Select(entry => (entry.RelativePath, Bytes: input.Read(entry, FileLimits.For(entry.RelativePath))))
                .Select(file => file.Bytes is null ? new SourceFile(file.RelativePath, [], Unreadable: true) : new SourceFile(file.RelativePath, file.Bytes))
                .ToList()
            : [];
        var templates = TemplateFolders
            .SelectMany(folder => theme.Files(folder, recursive: false))
            .Where(entry => entry.RelativePath.EndsWith(".liquid", StringComparison.Ordinal))
            .Select(entry => (entry.RelativePath, Bytes: theme.Read(entry, FileLimits.TextBytes)))
            .Where(template => template.Bytes is not null)
            .ToDictionary(template => template.RelativePath, template => Text(template.Bytes!), StringComparer.Ordinal);
        var packagesPath = Path.Combine(themeDirectory, PackagesFolder);
        var problems = new List<Diagnostic>();
        SourceTree? packages = null;
        if (FileKinds.Of(packagesPath) == FileKind.SymbolicLink)
        {
            problems.Add(new Diagnostic($"{themeRoot}/{PackagesFolder}", 1, 1, Severity.Error, ErrorCodes.LinkedFolderInTheme.Code,
                ErrorCodes.LinkedFolderInTheme.Format(PackagesFolder, new FileInfo(packagesPath).LinkTarget)));
        }
        else
        {
            packages = new SourceTree(packagesPath, $"{themeRoot}/{PackagesFolder}");
        }
        var (assets, missing) = Assets(theme, packages, themeRoot, problems);
        return new SiteSources
        {
            InputDisplayRoot = inputRoot,
            ThemeDisplayRoot = themeRoot,
            InputFiles = inputFiles,
            Templates = templates,
            Assets = assets,
            MissingAssets = missing,
            BaseUrl = baseUrl,
            MakesPdf = makesPdf,
            LoadProblems = [.. input.Problems, .. theme.Problems, .. packages?.Problems ?? [], .. problems],
        };
    }

    /// <summary>Our own assets under <c>theme/assets/</c> and the dkfds files named in <c>theme/assets.json</c>, read into memory.</summary>
    private static (List<StaticFile> Assets, List<string> Missing) Assets(SourceTree theme, SourceTree? packages, string themeRoot, List<Diagnostic> problems)
    {
        var assets = new List<StaticFile>();
        var missing = new List<string>();
        AddAll(theme, "assets", "assets", themeRoot, assets);
        var packagesRoot = $"{themeRoot}/{PackagesFolder}";

        if (theme.Locate(AssetMapFile) is not (FileKind.RegularFile, var map) || theme.Read(map, FileLimits.TextBytes) is not { } mapBytes)
        {
            return (assets, missing);
        }
        var (mappings, mapProblems) = AssetMap.Parse(mapBytes, $"{themeRoot}/{AssetMapFile}");
        problems.AddRange(mapProblems);
        if (packages is null)
        {
            // A linked node_modules is never read; that is reported already.
            return (assets, missing);
        }
        foreach (var entry in mappings)
        {
            var source = $"{DesignSystemFolder[(PackagesFolder.Length + 1)..]}/{entry.From}";
            switch (packages.Locate(source))
            {
                case (FileKind.Directory, _):
                    AddAll(packages, source, $"assets/{entry.To}", packagesRoot, assets);
                    break;
                case (FileKind.RegularFile, var file):
                    Add(packages, file, $"assets/{entry.To}", packagesRoot, assets);
                    break;
                case (FileKind.Missing, _):
                    missing.Add($"{DesignSystemFolder}/{entry.From}");
                    break;
            }
        }
        return (assets, missing);
    }

    private static void AddAll(SourceTree tree, string folder, string outputFolder, string displayRoot, List<StaticFile> assets)
    {
        foreach (var entry in tree.Files(folder, recursive: true))
        {
            Add(tree, entry, $"{outputFolder}/{entry.RelativePath[(folder.Length + 1)..]}", displayRoot, assets);
        }
    }

    private static void Add(SourceTree tree, SourceEntry entry, string outputPath, string displayRoot, List<StaticFile> assets)
    {
        if (tree.Read(entry, FileLimits.For(entry.RelativePath)) is { } bytes)
        {
            assets.Add(new StaticFile(outputPath, null, bytes, $"{displayRoot}/{entry.RelativePath}"));
        }
    }

    /// <summary>UTF-8, with or without a byte order mark, as <see cref="File.ReadAllText(string)"/> read templates.</summary>
    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes);

    /// <summary>How diagnostics name <paramref name="directory"/>: relative to <paramref name="workingDirectory"/> where it is below it, else in full.</summary>
    public static string DisplayPath(string directory, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, directory).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(directory) : relative;
    }
}
