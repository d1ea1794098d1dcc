using Drejebog.Site.Output;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// A copy of the real <c>input/</c> and <c>theme/</c> in a temp folder that a test may edit; the
/// theme's installed packages (43 MB) are hard-linked, not copied, so tests must not edit them.
/// </summary>
internal sealed class EditableRealSite
{
    private EditableRealSite(string root) => Root = root;

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public static EditableRealSite CopyTo(string root)
    {
        var installProblem = ThemeInstaller.EnsureInstalled(RepositoryRoot.Theme);
        Assert.True(installProblem is null, installProblem?.ToString());
        Copy(RepositoryRoot.Input, Path.Combine(root, "input"));
        Copy(RepositoryRoot.Theme, Path.Combine(root, "theme"));
        LinkPackages(Path.Combine(RepositoryRoot.Theme, "node_modules"), Path.Combine(root, "theme", "node_modules"));
        return new EditableRealSite(root);
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file under the copy.</summary>
    public void Edit(string relativePath, string old, string replacement)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"`{old}` is not in {relativePath} exactly once.");
        File.WriteAllText(path, text[..at] + replacement + text[(at + old.Length)..]);
    }

    /// <summary>
    /// A real node_modules folder whose files are hard links to the repository's: the build refuses a
    /// node_modules that is a symbolic link, and copying the packages for every test would be slow.
    /// </summary>
    private static void LinkPackages(string source, string destination)
    {
        var (exitCode, output) = ProcessRunner.Run("cp", ["-al", source, destination], Path.GetDirectoryName(destination)!);
        Assert.True(exitCode == 0, $"cp -al {source} {destination} failed: {output}");
    }

    private static void Copy(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal) || Path.GetFileName(relative).StartsWith('.'))
            {
                continue;
            }
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
