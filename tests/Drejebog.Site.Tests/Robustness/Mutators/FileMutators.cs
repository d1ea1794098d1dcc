namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>
/// Whole-file corruptions: deleted, emptied and renamed files, static files on a generated page's
/// path, and symbolic links out of the site, in a loop, or inside it.
/// </summary>
internal static class FileMutators
{
    // Paths the build writes itself; a static file there would replace a generated page or Netlify's configuration.
    private static readonly string[] GeneratedPaths = ["input/index.html", "input/404.html", "input/_redirects", "input/_headers", "input/sitemap.xml", "input/milepaele/index.html"];

    public static IEnumerable<MutationKind> All =>
    [
        new("file-delete", (site, random) => Delete(site, random)),
        new("file-empty", (site, random) => Empty(site, random)),
        new("file-rename", Rename),
        new("file-shadows-generated", Shadow),
        new("symlink-outside-file", (site, random) => Link(random.One(site.MarkdownFiles), "/etc/passwd", "passwd.txt", expectError: true)),
        new("symlink-outside-folder", (site, random) => Link(random.One(site.MarkdownFiles), MutationSite.OutsideFolderMarker, "ekstern", expectError: true)),
        new("symlink-loop", (site, random) => Link(random.One(site.MarkdownFiles), "loop.md", "loop.md", expectError: true)),
        new("symlink-inside", (site, random) => Link(random.One(site.MarkdownFiles), "../../theme/assets/img/favicon.svg", "favicon.svg", expectError: false)),
    ];

    private static Mutation Delete(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        return new Mutation($"{path}: deleted", [FileEdit.Delete(path)]);
    }

    // An empty page has no front matter; an empty site.yml has no title.
    private static Mutation Empty(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        return new Mutation($"{path}: emptied", [FileEdit.Write(path, [])], ExpectedError.InFile(path));
    }

    private static Mutation Rename(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var folder = path[..(path.LastIndexOf('/') + 1)];
        var name = path[folder.Length..];
        var stem = name[..name.LastIndexOf('.')];
        var renamed = folder + random.One([stem + "-ny.md", stem + ".MD", stem + ".txt", "æøå-" + name, name.ToUpperInvariant(), stem + " med mellemrum.md", stem]);
        return new Mutation($"{path}: renamed to {renamed}", [FileEdit.Delete(path), FileEdit.Write(renamed, site.Bytes(path))]);
    }

    private static Mutation Shadow(OriginalSite site, Random random)
    {
        var milestone = random.One(site.Milestones);
        var path = random.One([.. GeneratedPaths, $"input/milepaele/{site.Field(milestone, "id")}/index.html"]);
        return new Mutation($"{path}: added, on the path of a file the build generates",
            [FileEdit.Write(path, OriginalSite.Encode("<!doctype html><title>x</title><script>alert(1)</script>\n"))], ExpectedError.Anywhere);
    }

    /// <summary>A symbolic link next to <paramref name="neighbour"/>; targets are relative to the link's folder.</summary>
    private static Mutation Link(string neighbour, string target, string name, bool expectError)
    {
        var path = neighbour[..(neighbour.LastIndexOf('/') + 1)] + name;
        return new Mutation($"{path}: a symbolic link to {target}", [FileEdit.SymbolicLink(path, target)], expectError ? ExpectedError.InFile(path) : null);
    }
}
