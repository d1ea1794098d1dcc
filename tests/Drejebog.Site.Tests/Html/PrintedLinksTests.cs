using Drejebog.Site.Html;

namespace Drejebog.Site.Tests.Html;

public sealed class PrintedLinksTests
{
    private const string Head = """<head><link rel="canonical" href="https://drejebog.example/hele-drejebogen/"><link rel="stylesheet" href="/assets/site.css"></head>""";

    [Fact]
    public void Links_to_other_pages_lead_to_the_published_site()
    {
        var printed = PrintedLinks.Resolve(Head + """<p><a class="x" href="/milepaele/?a=1&amp;b=2#top">Milepæle</a></p>""");

        Assert.Contains("""<a class="x" href="https://drejebog.example/milepaele/?a=1&amp;b=2#top">Milepæle</a>""", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<a href="#fase-1">""")]
    [InlineData("""<a href="https://www.kl.dk/">""")]
    [InlineData("""<a href="//cdn.example/x">""")]
    [InlineData("""<a href="mailto:a@b.dk">""")]
    [InlineData("""<img src="/assets/figur.svg" alt="">""")]
    public void Anchors_absolute_links_and_resources_are_left_as_they_are(string markup)
    {
        var html = Head + markup;

        Assert.Equal(html, PrintedLinks.Resolve(html));
    }

    [Fact]
    public void Page_without_a_published_address_is_unchanged()
    {
        const string html = """<head><link rel="canonical" href="javascript:alert(1)"></head><a href="/milepaele/">x</a>""";

        Assert.Equal(html, PrintedLinks.Resolve(html));
    }
}
