using Drejebog.Site.Html;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Html;

/// <summary>Links to pages the whole playbook holds lead to their sections on it; other links stay.</summary>
public sealed class InPageLinksTests
{
    private static readonly Dictionary<string, string> Anchors = new(StringComparer.Ordinal)
    {
        ["/milepaele/x/"] = "milepael-x",
        ["/organisering/"] = "organisering",
    };

    [Fact]
    public void A_link_to_a_held_page_leads_to_its_section()
    {
        Assert.Equal("<a href=\"#milepael-x\">x</a>", InPageLinks.Rewrite("<a href=\"/milepaele/x/\">x</a>", Anchors).ToString());
    }

    [Fact]
    public void A_fragment_leads_to_the_sections_copy_of_the_id()
    {
        var html = "<a href=\"/milepaele/x/#m%C3%A5l\">x</a><h4 id=\"milepael-x-mål\">Mål</h4>";

        Assert.Equal("<a href=\"#milepael-x-mål\">x</a><h4 id=\"milepael-x-mål\">Mål</h4>", InPageLinks.Rewrite(html, Anchors).ToString());
    }

    [Fact]
    public void A_fragment_the_page_has_once_unprefixed_is_kept_and_an_unknown_one_falls_back_to_the_section()
    {
        var html = "<a href=\"/organisering/#ansvarlig\">a</a><a href=\"/organisering/#findes-ikke\">b</a><dt id=\"ansvarlig\">A</dt>";

        Assert.Equal("<a href=\"#ansvarlig\">a</a><a href=\"#organisering\">b</a><dt id=\"ansvarlig\">A</dt>", InPageLinks.Rewrite(html, Anchors).ToString());
    }

    [Theory]
    [InlineData("<a href=\"/plan/\">plan</a>")]
    [InlineData("<a href=\"https://example.org/milepaele/x/\">ude</a>")]
    [InlineData("<a href=\"#lokal\">her</a>")]
    [InlineData("<a data-href=\"/milepaele/x/\">ikke et link</a>")]
    public void Other_links_stay_as_they_are(string html) =>
        Assert.Equal(html, InPageLinks.Rewrite(html, Anchors).ToString());

    [Fact]
    public void Long_stretches_without_a_held_link_are_kept_in_small_chunks()
    {
        var text = new string('æ', 100_000);
        var html = $"<p>{text}</p><a href=\"/milepaele/x/\">x</a><p>{text}</p>";

        var rewritten = InPageLinks.Rewrite(html, Anchors);

        Assert.Equal(html.Replace("/milepaele/x/", "#milepael-x", StringComparison.Ordinal), rewritten.ToString());
        var largest = BuilderChunks.Largest(rewritten);
        Assert.True(largest * sizeof(char) < BuilderChunks.LargeObjectBytes, $"a chunk of {largest} characters");
    }
}
