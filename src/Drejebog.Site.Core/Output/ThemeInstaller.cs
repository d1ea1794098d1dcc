using System.Text.Json;

namespace Drejebog.Site.Output;

/// <summary>
/// Makes sure the theme's npm packages (dkfds, pagefind) are installed at the versions pinned in
/// <c>theme/package.json</c>, running <c>npm ci</c> when they are missing or different.
/// </summary>
public static class ThemeInstaller
{
    /// <summary>Returns null when the packages are ready, otherwise why not.</summary>
    public static string? EnsureInstalled(string themeDirectory)
    {
        var manifest = Path.Combine(themeDirectory, "package.json");
        if (!File.Exists(manifest))
        {
            return $"{manifest} findes ikke.";
        }
        if (IsInstalled(themeDirectory, manifest))
        {
            return null;
        }
        // Two builds at once (e.g. two test projects) must not run `npm ci` over each other.
        using var installLock = AcquireLock(Path.Combine(themeDirectory, ".install.lock"));
        if (IsInstalled(themeDirectory, manifest))
        {
            return null;
        }
        var (exitCode, output) = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], themeDirectory);
        if (exitCode != 0)
        {
            return $"`npm ci` i {themeDirectory} fejlede ({exitCode}): {output}";
        }
        return IsInstalled(themeDirectory, manifest) ? null : "`npm ci` lykkedes, men pakkerne findes stadig ikke.";
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static bool IsInstalled(string themeDirectory, string manifest)
    {
        using var pinned = JsonDocument.Parse(File.ReadAllText(manifest));
        if (!pinned.RootElement.TryGetProperty("dependencies", out var dependencies))
        {
            return true;
        }
        foreach (var dependency in dependencies.EnumerateObject())
        {
            var installed = Path.Combine(themeDirectory, "node_modules", dependency.Name, "package.json");
            if (!File.Exists(installed))
            {
                return false;
            }
            using var package = JsonDocument.Parse(File.ReadAllText(installed));
            if (package.RootElement.GetProperty("version").GetString() != dependency.Value.GetString())
            {
                return false;
            }
        }
        return true;
    }
}
