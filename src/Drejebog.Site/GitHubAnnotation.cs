using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command,
/// <c>::error file=input/x.md,line=7,col=3,title=DS021::message</c>, which the runner turns into an
/// annotation on that line of the pull request. Paths are made relative to the repository
/// (<c>GITHUB_WORKSPACE</c>, else the current folder), since that is what GitHub matches.
/// </summary>
internal static class GitHubAnnotation
{
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";

    /// <param name="diagnostic">The problem.</param>
    /// <param name="workingDirectory">The folder the diagnostic's relative path is relative to.</param>
    /// <param name="repositoryRoot">The folder GitHub's paths are relative to.</param>
    public static string Format(Diagnostic diagnostic, string workingDirectory, string repositoryRoot)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var file = RepositoryPath(diagnostic.Path, workingDirectory, repositoryRoot);
        return $"::{command} file={Property(file)},line={diagnostic.Line},col={diagnostic.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}";
    }

    /// <summary>The message part: <c>%</c>, CR and LF are escaped, everything else is literal.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value (<c>file=…</c>): as <see cref="Data"/>, and <c>:</c> and <c>,</c>, which separate properties.</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>The path relative to the repository with forward slashes; unchanged when it lies outside it.</summary>
    public static string RepositoryPath(string path, string workingDirectory, string repositoryRoot)
    {
        var relative = Path.GetRelativePath(repositoryRoot, Path.GetFullPath(path, workingDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
