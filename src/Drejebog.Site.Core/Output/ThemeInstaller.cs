using System.Text.Json;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Sources;

namespace Drejebog.Site.Output;

/// <summary>
/// Makes sure the theme's npm packages (dkfds, pagefind, and the tools of <c>npm run assets</c>) are installed at the versions pinned in
/// <c>theme/package.json</c>, running <c>npm ci --ignore-scripts</c> when they are missing or different.
/// <c>npm ci</c> first deletes everything in <c>node_modules</c>, so it never runs when that is a
/// symbolic link (it would empty the folder the link leads to); and no package's install script ever
/// runs (none needs one: pagefind's and esbuild's binaries come in optional platform packages).
/// </summary>
public static class ThemeInstaller
{
    public const string ManifestFile = "package.json";
    public const string PackagesFolder = "node_modules";
    private const string LockFile = ".install.lock";

    /// <summary>Returns null when the packages are ready, otherwise why not.</summary>
    /// <param name="themeDirectory">The theme folder.</param>
    /// <param name="displayRoot">How diagnostics name the theme folder; by default <paramref name="themeDirectory"/>.</param>
    public static ThemeInstallProblem? EnsureInstalled(string themeDirectory, string? displayRoot = null)
    {
        var display = displayRoot ?? themeDirectory;
        var theme = new SourceTree(themeDirectory, display);
        if (ReadPins(theme, display) is var (pins, problem) && problem is not null)
        {
            return problem;
        }
        var packages = Path.Combine(themeDirectory, PackagesFolder);
        var lockPath = Path.Combine(themeDirectory, LockFile);
        foreach (var path in new[] { packages, lockPath })
        {
            if (FileKinds.Of(path) == FileKind.SymbolicLink)
            {
                return InTheme(display, 1, 1, ErrorCodes.LinkedFolderInTheme.Format(Path.GetFileName(path), new FileInfo(path).LinkTarget));
            }
        }
        if (IsInstalled(packages, pins!))
        {
            return null;
        }
        // Two builds at once (e.g. two test projects) must not run `npm ci` over each other.
        using var installLock = AcquireLock(lockPath);
        if (IsInstalled(packages, pins!))
        {
            return null;
        }
        var (exitCode, output) = ProcessRunner.Run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], themeDirectory);
        if (exitCode != 0)
        {
            return ToolFailure(display, $"`npm ci` i {themeDirectory} fejlede ({exitCode}): {output}");
        }
        return IsInstalled(packages, pins!) ? null : ToolFailure(display, "`npm ci` lykkedes, men pakkerne findes stadig ikke.");
    }

    /// <summary>The pinned packages and their versions from <c>package.json</c>, or why they cannot be read.</summary>
    private static (List<(string Name, string Version)>? Pins, ThemeInstallProblem? Problem) ReadPins(SourceTree theme, string display)
    {
        switch (theme.Locate(ManifestFile))
        {
            case (FileKind.RegularFile, var entry):
                if (theme.Read(entry, FileLimits.TextBytes) is { } bytes)
                {
                    return PinnedVersions.Parse(bytes) switch
                    {
                        (var pins, null) => (pins, null),
                        (_, var (line, column, reason)) => (null, InTheme(display, line, column, reason)),
                    };
                }
                break;
            case (FileKind.Missing, _):
                return (null, ToolFailure(display, $"{Path.Combine(display, ManifestFile)} findes ikke."));
            case (_, _):
                return (null, InTheme(display, 1, 1, $"{ManifestFile} er ikke en almindelig fil."));
        }
        // A link out of the theme, a FIFO, a file too large: the tree says which.
        var refused = theme.Problems.First();
        return (null, new ThemeInstallProblem(refused, InTheme: true));
    }

    /// <summary>Whether each pinned package has a readable <c>package.json</c> of its pinned version; anything odd means "install again".</summary>
    private static bool IsInstalled(string packagesDirectory, List<(string Name, string Version)> pins)
    {
        var packages = new SourceTree(packagesDirectory, PackagesFolder);
        foreach (var (name, version) in pins)
        {
            if (packages.Locate($"{name}/{ManifestFile}") is not (FileKind.RegularFile, var entry) || packages.Read(entry, FileLimits.TextBytes) is not { } bytes)
            {
                return false;
            }
            try
            {
                using var package = JsonDocument.Parse(bytes);
                if (package.RootElement.ValueKind != JsonValueKind.Object
                    || !package.RootElement.TryGetProperty("version", out var installed)
                    || installed.ValueKind != JsonValueKind.String
                    || installed.GetString() != version)
                {
                    return false;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }
        return true;
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

    private static ThemeInstallProblem InTheme(string display, int line, int column, string reason) =>
        new(Problem(display, line, column, reason), InTheme: true);

    private static ThemeInstallProblem ToolFailure(string display, string reason) =>
        new(Problem(display, 1, 1, reason), InTheme: false);

    private static Diagnostic Problem(string display, int line, int column, string reason) =>
        new($"{display}/{ManifestFile}", line, column, Severity.Error, ErrorCodes.ThemeInstallFailed.Code, ErrorCodes.ThemeInstallFailed.Format(reason));
}

/// <summary>Why the theme's packages are not ready.</summary>
/// <param name="Diagnostic">What to report, at the theme file to fix.</param>
/// <param name="InTheme">The theme's own files are wrong (exit 1), rather than npm or the machine (exit 3).</param>
public sealed record ThemeInstallProblem(Diagnostic Diagnostic, bool InTheme)
{
    public override string ToString() => Diagnostic.ToString();
}
