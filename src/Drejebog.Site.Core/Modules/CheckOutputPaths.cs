using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// The one place that knows every path the build writes (pages, theme assets, generated files,
/// redirect pages, the search index, the whole playbook's PDF), and refuses a static file from the input that would take one
/// of them: it would silently replace a page (and its security checks) or a file the site needs, or
/// make a file where the build needs a folder. Some paths are never the input's to publish:
/// Netlify's <c>_headers</c> and <c>_redirects</c> (they would change the site's security headers
/// and redirects even where the build writes none) and <c>pagefind/</c>, the search index.
/// </summary>
public sealed class CheckOutputPaths : IModule
{
    /// <summary>Output paths only the build may write, with what they are for, as the message names it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Reserved = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["_headers"] = "Netlifys headers til sitet (dem sætter netlify.toml, med sikkerhedspolitikken)",
        [AddRedirects.NetlifyFile] = "Netlifys videresendelser (dem skriver bygningen ud fra `redirect_from`)",
        ["pagefind"] = "søgeindekset, som Pagefind skriver",
    };

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in documents.Where(d => d.OutputPath.Length > 0))
        {
            written.TryAdd(page.OutputPath, page.IsGenerated ? $"den genererede side {page.Url}" : $"siden {page.DisplayPath}");
        }
        var assets = context.Assets.GetAwaiter().GetResult();
        var hashed = assets.Files.ToDictionary(f => f.OutputPath, StringComparer.Ordinal);
        foreach (var (original, path) in assets.Paths)
        {
            written.TryAdd(path, $"temaets fil {hashed[path].SourcePath ?? context.ThemePath(original)}");
        }
        foreach (var file in products.Get(SiteProducts.GeneratedFiles))
        {
            written.TryAdd(file.OutputPath, $"bygningen (den genererede fil /{file.OutputPath})");
        }
        // Taken whether or not this machine has Chromium to print it, so a build means the same everywhere.
        written.TryAdd(Output.WholePlaybookPdf.OutputPath, "bygningen (PDF-udgaven af hele drejebogen)");
        var folders = new Dictionary<string, (string Writer, string File)>(StringComparer.Ordinal);
        foreach (var (path, writer) in written)
        {
            foreach (var folder in FoldersOf(path))
            {
                folders.TryAdd(folder, (writer, path));
            }
        }

        foreach (var file in context.Sources.InputFiles.Where(f => ReadInputFiles.IsStaticFile(f.RelativePath)))
        {
            var path = file.RelativePath;
            var displayPath = context.InputPath(path);
            var reserved = FoldersOf(path).Append(path).FirstOrDefault(Reserved.ContainsKey);
            if (reserved is not null)
            {
                context.Diagnostics.Error(displayPath, SourcePosition.Start, ErrorCodes.ReservedOutputPath, "/" + path, Reserved[reserved]);
            }
            else if (written.TryGetValue(path, out var writer))
            {
                context.Diagnostics.Error(displayPath, SourcePosition.Start, ErrorCodes.OutputPathTaken, "/" + path, writer, "/" + path);
            }
            else if (folders.TryGetValue(path, out var inFolder))
            {
                // The file would be where the build needs a folder.
                context.Diagnostics.Error(displayPath, SourcePosition.Start, ErrorCodes.OutputPathTaken, "/" + path, inFolder.Writer, "/" + inFolder.File);
            }
            else if (FoldersOf(path).FirstOrDefault(written.ContainsKey) is { } fileAbove)
            {
                // The file needs a folder where the build writes a file.
                context.Diagnostics.Error(displayPath, SourcePosition.Start, ErrorCodes.OutputPathTaken, "/" + path, written[fileAbove], "/" + fileAbove);
            }
        }
        return documents;
    }

    /// <summary>The folders a path lies in: <c>a/b/c.png</c> gives <c>a</c> and <c>a/b</c>.</summary>
    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
