using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Words;

/// <summary>
/// No file in <c>input/</c> repeats <see cref="SourceWords.WindowSize"/> or more consecutive words
/// of the source, apart from titles: the site says the playbook's facts in its own words.
/// </summary>
public sealed partial class NoCopiedSourceTests
{
    [Fact]
    public void The_fingerprint_file_is_rebuilt_on_request_and_otherwise_well_formed()
    {
        if (SourceFingerprint.SourceToUpdateFrom() is { } source)
        {
            Assert.True(File.Exists(source), $"{SourceFingerprint.UpdateVariable} names {source}, which does not exist");
            Directory.CreateDirectory(Path.GetDirectoryName(SourceFingerprint.FilePath)!);
            File.WriteAllText(SourceFingerprint.FilePath, SourceFingerprint.Format(SourceWords.Windows(File.ReadAllText(source))));
        }
        Assert.True(File.Exists(SourceFingerprint.FilePath), $"No {SourceFingerprint.FilePath}; see {nameof(SourceFingerprint)} for how to make it.");
        var lines = File.ReadAllLines(SourceFingerprint.FilePath);
        // The source has thousands of words; a short file means it was built from the wrong text.
        Assert.True(lines.Length > 1000, $"only {lines.Length} fingerprints");
        Assert.All(lines, line => Assert.Matches(HashLine(), line));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void No_input_file_shares_twelve_consecutive_words_with_the_source_apart_from_titles()
    {
        var files = Directory.GetFiles(RepositoryRoot.Input, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: "input/" + Path.GetRelativePath(RepositoryRoot.Input, path).Replace('\\', '/'), Runs: ReaderText.Read(path, File.ReadAllText(path))))
            .ToList();
        Assert.True(files.Count > 40, $"only {files.Count} input files");
        var overlap = new SourceOverlap(SourceFingerprint.Load(), SourceOverlap.TitleWindows(files.SelectMany(f => f.Runs)));

        var copied = files.SelectMany(f => overlap.Find(f.Runs).Select(o => o.Describe(f.Name))).ToList();

        Assert.True(copied.Count == 0, "Reword these passages in your own words (titles may stay):\n" + string.Join('\n', copied));
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HashLine();
}
