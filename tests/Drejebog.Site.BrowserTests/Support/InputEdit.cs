namespace Drejebog.Site.BrowserTests.Support;

/// <summary>Edits a file in a copy of <c>input/</c> as an editor's save would.</summary>
internal static class InputEdit
{
    /// <summary>Replaces the one occurrence of <paramref name="old"/>; anything else is a mistake in the test.</summary>
    public static void ReplaceOnce(string inputPath, string relativePath, string old, string replacement)
    {
        var path = Path.Combine(inputPath, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"`{old}` is not in {relativePath} exactly once.");
        }
        File.WriteAllText(path, text[..at] + replacement + text[(at + old.Length)..]);
    }
}
