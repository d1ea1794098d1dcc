using System.Text.RegularExpressions;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Glossary;

namespace Drejebog.Site.Tests.Glossary;

/// <summary>Which words of a text are a glossary spelling: whole words, case ignored, longest first.</summary>
public sealed class GlossaryMatcherTests
{
    private static GlossaryMatcher Matcher(params (string Text, string Term)[] spellings) =>
        new(spellings.Select(s => new GlossarySpelling(s.Text, s.Term, "input/ordliste/x.md", SourcePosition.Start)));

    private static List<string> Found(GlossaryMatcher matcher, string text) =>
        [.. matcher.Find(text).Select(m => $"{text.Substring(m.Index, m.Length)}={m.Spelling.TermId}")];

    [Fact]
    public void Case_is_ignored_also_for_danish_letters()
    {
        var matcher = Matcher(("bølgeplan", "b"), ("GAP-analyse", "g"));

        Assert.Equal(["BØLGEPLAN=b", "gap-analyse=g"], Found(matcher, "BØLGEPLAN og gap-analyse"));
    }

    [Theory]
    [InlineData("planlægning")]
    [InlineData("delplan")]
    [InlineData("åplan")]
    [InlineData("plan2")]
    [InlineData("planø")]
    public void Only_whole_words_match(string text) =>
        Assert.Empty(Found(Matcher(("plan", "p")), text));

    [Theory]
    [InlineData("(plan)")]
    [InlineData("plan-arbejdet")]
    [InlineData("»plan«")]
    [InlineData("plan.")]
    public void Punctuation_and_a_hyphen_end_a_word(string text) =>
        Assert.Equal(["plan=p"], Found(Matcher(("plan", "p")), text));

    [Fact]
    public void The_longest_spelling_wins_where_two_start_at_the_same_place()
    {
        var matcher = Matcher(("as is", "kort"), ("as is-billedet", "lang"));

        Assert.Equal(["as is-billedet=lang", "as is=kort"], Found(matcher, "Først as is-billedet, siden as is."));
    }

    [Fact]
    public void Spaces_in_a_spelling_match_any_run_of_whitespace()
    {
        var matcher = Matcher(("business case", "b"));

        Assert.Equal(["business  case=b", "business\u00A0case=b"], Found(matcher, "en business  case og en business\u00A0case"));
    }

    [Fact]
    public void Characters_that_mean_something_in_a_regular_expression_are_matched_as_written()
    {
        var matcher = Matcher(("KL/KOMBIT (2)", "k"));

        Assert.Equal(["kl/kombit (2)=k"], Found(matcher, "ifølge kl/kombit (2) og KL/KOMBIT 2"));
    }

    [Fact]
    public void Finds_in_the_whole_playbook_exactly_what_one_regular_expression_of_the_spellings_finds()
    {
        // The matcher replaced such an expression (it runs interpreted in the published binary); this
        // holds the scan to the expression's meaning on every text of input/ and on hard cases.
        var spellings = RealSpellings();
        Assert.True(spellings.Count >= 20, $"only {spellings.Count} spellings read from input/ordliste/");
        var matcher = new GlossaryMatcher(spellings);
        var oracle = Oracle(spellings);
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat(["AS IS-BILLEDET", "as\u00A0is\n\tbilledet", "xas is", "as is2", "(as is)", "as is-billedets", "as  is", ""])
            // Letters whose case is special: the Kelvin sign, the Turkish dotted and dotless i.
            .Concat(spellings.SelectMany(s => new[] { s.Key.ToUpperInvariant(), s.Key.Replace('k', '\u212A'), s.Key.Replace('i', '\u0130'), s.Key.Replace('i', '\u0131') })
                .Select(text => $"før {text}, efter"));

        var found = 0;
        foreach (var text in texts)
        {
            var expected = oracle.Matches(text).Select(m => (m.Index, m.Length, GlossarySpelling.KeyOf(m.Value))).ToList();
            var actual = matcher.Find(text).Select(m => (m.Index, m.Length, m.Spelling.Key)).ToList();
            Assert.Equal(expected, actual);
            found += actual.Count;
        }
        Assert.True(found > 100, $"only {found} occurrences in the whole playbook");
    }

    // Titles and variants as the glossary's front matter writes them (`variants: [a, b]`).
    private static List<GlossarySpelling> RealSpellings()
    {
        var spellings = new Dictionary<string, GlossarySpelling>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", "ordliste"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var id = Regex.Match(text, @"^id: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
            var written = new List<string> { Regex.Match(text, @"^title: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim() };
            if (Regex.Match(text, @"^variants: \[(.*)\]$", RegexOptions.Multiline) is { Success: true } variants)
            {
                written.AddRange(variants.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            foreach (var spelling in written.Where(w => w.Length > 0).Select(w => new GlossarySpelling(w, id, file, SourcePosition.Start)))
            {
                spellings.TryAdd(spelling.Key, spelling);
            }
        }
        return [.. spellings.Values];
    }

    private static Regex Oracle(IEnumerable<GlossarySpelling> spellings)
    {
        var alternatives = spellings.Select(s => s.Key).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape)));
        return new Regex($@"(?<![\p{{L}}\p{{Nd}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{Nd}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [Fact]
    public void An_empty_glossary_finds_nothing() =>
        Assert.Empty(GlossaryMatcher.Empty.Find("as is og to be"));
}
