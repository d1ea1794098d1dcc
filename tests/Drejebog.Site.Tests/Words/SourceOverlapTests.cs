namespace Drejebog.Site.Tests.Words;

/// <summary>The copy check on a made-up source of numbered words: "w1 w2 … w40".</summary>
public sealed class SourceOverlapTests
{
    private static readonly string[] Source = [.. Enumerable.Range(1, 40).Select(i => $"w{i}")];

    private static string Words(int from, int count) => string.Join(' ', Source.Skip(from - 1).Take(count));

    private static IReadOnlyList<Overlap> Find(string file, string path = "input/milepaele/1-01-x.md")
    {
        var runs = ReaderText.Read(path, file);
        return new SourceOverlap(SourceWords.Windows(string.Join(' ', Source)), SourceOverlap.TitleWindows(runs)).Find(runs);
    }

    private static string Page(string body, string title = "Kort titel") => $"---\nid: x\ntitle: {title}\nsummary: Egen tekst.\n---\n{body}\n";

    [Fact]
    public void Twelve_consecutive_words_of_the_source_are_found_at_their_line()
    {
        var overlap = Assert.Single(Find(Page($"Egen indledning.\n\nSå står der {Words(3, 12)} og mere.")));

        Assert.Equal(new Overlap(8, 12, Words(3, 12)), overlap);
        Assert.Equal($"input/a.md:8: 12 words shared: \"{Words(3, 12)}\"", overlap.Describe("input/a.md"));
    }

    [Fact]
    public void Eleven_consecutive_words_are_not_reported()
    {
        Assert.Empty(Find(Page($"Så står der {Words(3, 11)} og {Words(20, 11)}.")));
    }

    [Fact]
    public void A_longer_stretch_is_reported_once_with_its_length()
    {
        var overlap = Assert.Single(Find(Page($"Før {Words(1, 20)} efter.")));

        Assert.Equal(20, overlap.WordCount);
    }

    [Fact]
    public void Case_punctuation_line_breaks_and_Markdown_do_not_hide_a_copy()
    {
        var body = "Før W1, w2; **W3** [w4](../roller/w4.md) w5-w6\nw7 »w8« (w9)\n- w10 w11. W12 efter.";

        var overlap = Assert.Single(Find(Page(body)));

        Assert.Equal(new Overlap(6, 12, Words(1, 12)), overlap);
    }

    [Fact]
    public void Front_matter_values_are_checked_and_keys_do_not_count_as_words()
    {
        var file = $"---\nid: x\ntitle: Kort titel\nsummary: {Words(1, 12)}\ndeliverables:\n  - id: w13\n    text: {Words(13, 6)}\n---\nTekst.\n";

        var overlap = Assert.Single(Find(file));

        Assert.Equal(new Overlap(4, 12, Words(1, 12)), overlap);
    }

    [Fact]
    public void Two_fields_that_follow_each_other_are_not_read_as_one_passage()
    {
        var file = $"---\nid: x\ntitle: Kort titel\nsummary: {Words(1, 6)}\ndeliverables:\n  - id: y\n    text: {Words(7, 6)}\n---\nTekst.\n";

        Assert.Empty(Find(file));
    }

    [Fact]
    public void A_title_may_repeat_the_source_and_the_text_may_quote_the_title()
    {
        var title = Words(5, 14);

        Assert.Empty(Find(Page($"Milepælen »{title}« handler om noget andet.", title)));
    }

    [Fact]
    public void Words_of_the_source_beyond_the_title_are_still_found()
    {
        var title = Words(5, 14);

        var overlap = Assert.Single(Find(Page($"Her står {Words(5, 15)} til sidst.", title)));

        Assert.Equal(new Overlap(6, 12, Words(8, 12)), overlap);
    }

    [Fact]
    public void A_settings_file_is_checked_too()
    {
        var overlap = Assert.Single(Find($"title: Titel\ndescription: {Words(2, 12)}\n", "input/site.yml"));

        Assert.Equal(new Overlap(2, 12, Words(2, 12)), overlap);
    }

    [Fact]
    public void The_fingerprint_keeps_no_words_of_the_source()
    {
        var fingerprint = SourceFingerprint.Format(SourceWords.Windows(string.Join(' ', Source)));

        Assert.DoesNotContain("w1", fingerprint.Split('\n'));
        Assert.All(fingerprint.TrimEnd('\n').Split('\n'), line => Assert.Matches("^[0-9a-f]{16}$", line));
        Assert.Equal(Source.Length - SourceWords.WindowSize + 1, fingerprint.TrimEnd('\n').Split('\n').Length);
    }
}
