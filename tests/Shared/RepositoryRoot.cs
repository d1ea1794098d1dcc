namespace Drejebog.Site.Testing;

/// <summary>Finds the repository root (the folder with <c>Drejebog.Site.sln</c>) from the test binaries.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Drejebog.Site.sln";

    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Input => System.IO.Path.Combine(Path, "input");

    public static string Theme => System.IO.Path.Combine(Path, "theme");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
