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
    public void An_empty_glossary_finds_nothing() =>
        Assert.Empty(GlossaryMatcher.Empty.Find("as is og to be"));
}
