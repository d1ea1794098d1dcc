namespace Drejebog.Site.Tests.Words;

/// <summary>A passage that shares <paramref name="WordCount"/> consecutive words with the source.</summary>
internal sealed record Overlap(int Line, int WordCount, string Words)
{
    public string Describe(string path) => $"{path}:{Line}: {WordCount} words shared: \"{Words}\"";
}

/// <summary>
/// Finds passages that repeat <see cref="SourceWords.WindowSize"/> or more consecutive words of the
/// source, given only the source's window fingerprints. A window that lies inside a title is
/// exempt: titles carry over from the source word for word.
/// </summary>
internal sealed class SourceOverlap(IReadOnlySet<string> sourceWindows, IReadOnlySet<string> titleWindows)
{
    /// <summary>The window fingerprints of every title among <paramref name="runs"/>, for the exemption.</summary>
    public static HashSet<string> TitleWindows(IEnumerable<TextRun> runs) =>
        [.. runs.Where(r => r.IsTitle).SelectMany(r => SourceWords.Windows(string.Join('\n', r.Lines.Select(l => l.Text))))];

    /// <summary>Each longest stretch of shared words in the runs of one file, at the line of its first word.</summary>
    public IReadOnlyList<Overlap> Find(IEnumerable<TextRun> runs) => [.. runs.SelectMany(Find)];

    private IEnumerable<Overlap> Find(TextRun run)
    {
        var words = run.Lines.SelectMany(l => SourceWords.Split(l.Text).Select(w => (Word: w, l.Line))).ToList();
        var copied = new bool[words.Count];
        for (var i = 0; i + SourceWords.WindowSize <= words.Count; i++)
        {
            var hash = SourceWords.Hash(words.Skip(i).Take(SourceWords.WindowSize).Select(w => w.Word));
            if (sourceWindows.Contains(hash) && !titleWindows.Contains(hash))
            {
                Array.Fill(copied, true, i, SourceWords.WindowSize);
            }
        }
        for (var start = 0; start < words.Count; start++)
        {
            if (!copied[start])
            {
                continue;
            }
            var end = start;
            while (end < words.Count && copied[end])
            {
                end++;
            }
            yield return new Overlap(words[start].Line, end - start, string.Join(' ', words[start..end].Select(w => w.Word)));
            start = end;
        }
    }
}
