using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Tests.Support;

/// <summary>Assertions on a build's diagnostics: exact path, line, column, code and message from the catalogue.</summary>
internal static class DiagnosticAssert
{
    /// <summary>The diagnostic a test expects, with the message formatted from <see cref="ErrorCodes"/>.</summary>
    public static Diagnostic Error(string path, int line, int column, ErrorCode code, params object?[] args) =>
        new(path, line, column, Severity.Error, code.Code, code.Format(args));

    /// <summary>The warning a test expects, with the message formatted from <see cref="ErrorCodes"/>.</summary>
    public static Diagnostic Warning(string path, int line, int column, ErrorCode code, params object?[] args) =>
        new(path, line, column, Severity.Warning, code.Code, code.Format(args));

    /// <summary>The build succeeded with exactly this one warning.</summary>
    public static void OnlyWarning(BuildResult result, string path, int line, int column, ErrorCode code, params object?[] args)
    {
        Assert.True(result.Succeeded);
        Assert.Equal([Warning(path, line, column, code, args).ToString()], result.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>The build failed with exactly this one error.</summary>
    public static void Only(BuildResult result, string path, int line, int column, ErrorCode code, params object?[] args)
    {
        Assert.False(result.Succeeded);
        var expected = Error(path, line, column, code, args);
        Assert.Equal([expected.ToString()], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected, result.Diagnostics[0]);
    }

    /// <summary>
    /// The real site's build succeeded without diagnostics, except the warning that
    /// <c>input/site.yml</c> has no accessibility statement (DS125) for as long as it has none: the
    /// project has no real statement address yet and does not invent one. Once the address is in
    /// <c>site.yml</c>, this is <see cref="Clean"/>.
    /// </summary>
    public static void CleanRealSite(BuildResult result)
    {
        if (RealSiteHasAccessibilityStatement)
        {
            Clean(result);
            return;
        }
        OnlyWarning(result, "input/site.yml", 1, 1, ErrorCodes.AccessibilityStatementMissing);
    }

    /// <summary>Whether the real <c>input/site.yml</c> names its accessibility statement.</summary>
    public static bool RealSiteHasAccessibilityStatement =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Input, "site.yml")).Any(line => line.StartsWith("accessibility_statement:", StringComparison.Ordinal));

    /// <summary>The build succeeded without any diagnostics, and shows them if it did not.</summary>
    public static void Clean(BuildResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + string.Join('\n', result.Diagnostics));
}
