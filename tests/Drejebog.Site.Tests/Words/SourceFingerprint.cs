namespace Drejebog.Site.Tests.Words;

/// <summary>
/// The committed fingerprint of the source text (<c>Fixtures/source-fingerprint.txt</c>): one
/// truncated SHA-256 per window of <see cref="SourceWords.WindowSize"/> words, sorted, so the
/// repository can check for copying without carrying the source's text. The source itself is not
/// in the repository; to rebuild the file from it, run the tests with
/// <c>DREJEBOG_UPDATE_SOURCE_FINGERPRINT=&lt;path to the source text&gt;</c> (a relative path is
/// taken from the repository root).
/// </summary>
internal static class SourceFingerprint
{
    public const string UpdateVariable = "DREJEBOG_UPDATE_SOURCE_FINGERPRINT";

    public static string FilePath => Path.Combine(RepositoryRoot.Path, "tests", "Drejebog.Site.Tests", "Fixtures", "source-fingerprint.txt");

    /// <summary>The source text named by <see cref="UpdateVariable"/>, or null when it is not set.</summary>
    public static string? SourceToUpdateFrom() =>
        Environment.GetEnvironmentVariable(UpdateVariable) is { Length: > 0 } path
            ? Path.GetFullPath(path, RepositoryRoot.Path)
            : null;

    public static string Format(IEnumerable<string> hashes) =>
        string.Concat(hashes.Order(StringComparer.Ordinal).Select(h => h + "\n"));

    public static HashSet<string> Load() =>
        [.. File.ReadAllLines(FilePath).Where(line => line.Length > 0)];
}
