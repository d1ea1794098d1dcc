using Drejebog.Site.Html;

namespace Drejebog.Site.Tests.Html;

/// <summary>The single-pass post-processor: what it changes, and that it copies everything else verbatim.</summary>
public sealed class HtmlPageRewriterTests
{
    private static PageFacts Rewrite(string html) => HtmlPageRewriter.Rewrite(html, markForSearch: true);

    [Fact]
    public void Text_outside_headings_is_copied_verbatim()
    {
        const string body = "<p class='x'>a &amp; b <!-- note --> <br/>c</p><pre>  if (a < b)  </pre>";
        var html = $"<!DOCTYPE html><html lang=\"da\"><head><title>T &amp; U</title></head><body>{body}</body></html>";

        Assert.Equal(html, Rewrite(html).Html.ToString());
    }

    [Fact]
    public void Headings_in_main_get_an_id_and_an_anchor_and_headings_outside_do_not()
    {
        var facts = Rewrite("<h2>Ude</h2><main><h2>Leverancer &amp; ansvar</h2><h3 id=\"egen\">Egen</h3></main>");
        var html = facts.Html.ToString();

        Assert.StartsWith("<h2>Ude</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"leverancer-ansvar\">Leverancer &amp; ansvar<a class=\"heading-anchor\" href=\"#leverancer-ansvar\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"sr-only\">Link til afsnittet Leverancer &amp; ansvar</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"egen\">Egen<a class=\"heading-anchor\" href=\"#egen\"", html, StringComparison.Ordinal);
        Assert.Contains("leverancer-ansvar", facts.Ids);
        Assert.Contains("egen", facts.Ids);
    }

    [Fact]
    public void Generated_ids_never_collide_with_ids_already_in_the_page()
    {
        var html = Rewrite("<main><h2>Ansvar</h2><h2>Ansvar</h2><p id=\"ansvar-2\"></p></main>").Html.ToString();

        Assert.Contains("<h2 id=\"ansvar\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"ansvar-3\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_of_contents_lists_the_h2_headings()
    {
        var html = Rewrite("<main><nav class=\"toc\" aria-labelledby=\"toc-title\" data-toc></nav><h2>Et</h2><h3>Under</h3><h2>To</h2></main>").Html.ToString();

        Assert.Contains("<nav class=\"toc\" data-pagefind-ignore=\"all\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\" class=\"toc-title\">Indhold på siden</h2>"
            + "<ul class=\"toc-list\"><li><a href=\"#et\">Et</a></li><li><a href=\"#to\">To</a></li></ul></nav>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_of_contents_is_removed_when_there_are_too_few_headings()
    {
        var html = Rewrite("<main><nav class=\"toc\" data-toc></nav><h2>Et</h2></main>").Html.ToString();

        Assert.DoesNotContain("<nav", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_no_anchor_and_data_no_toc_regions_are_respected()
    {
        var html = Rewrite("<main><nav data-toc></nav><div data-no-anchor><div><h2>A</h2></div></div><h2>B</h2><section data-no-toc><h2>C</h2></section><h2>D</h2></main>").Html.ToString();

        Assert.Contains("<h2 id=\"a\">A</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"b\">B<a class=\"heading-anchor\" href=\"#b\"", html, StringComparison.Ordinal);
        // No anchor is not the same as not in the contents: A is listed, C is not.
        Assert.Contains("<li><a href=\"#a\">A</a></li><li><a href=\"#b\">B</a></li><li><a href=\"#d\">D</a></li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li><a href=\"#c\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuilt_tag_keeps_every_attribute_once_with_its_value_whatever_its_quotes()
    {
        var many = string.Concat(Enumerable.Range(0, 40_000).Select(i => $" a{i}=\"{i}\""));

        Assert.Contains("<main title=\"a'b&quot;c&amp;d\" data-pagefind-body=\"\">", Rewrite("<main title=a'b\"c&amp;d TITLE=x>").Html.ToString(), StringComparison.Ordinal);
        // Forty thousand attributes: each kept, and the tag rebuilt in time linear in them.
        Assert.StartsWith($"<main{many} data-pagefind-body=\"\">", Rewrite($"<main{many}></main>").Html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_is_never_closed_keeps_what_follows_it()
    {
        var html = Rewrite("<main><h2>Titel<p>tekst</p></main><footer>fod</footer>").Html.ToString();

        Assert.EndsWith("<h2>Titel<p>tekst</p></main><footer>fod</footer>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_is_marked_for_the_search_index_once()
    {
        Assert.Contains("<main id=\"main\" data-pagefind-body=\"\">", Rewrite("<main id=\"main\"></main>").Html.ToString(), StringComparison.Ordinal);
        Assert.Contains("<main>", HtmlPageRewriter.Rewrite("<main></main>", markForSearch: false).Html.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_links_are_collected_and_external_ones_are_not()
    {
        var facts = Rewrite("<link href=\"/a.css\"><script src=\"/s.js\"></script><a href=\"/x/#y\">x</a><a href=\"https://kl.dk/\">kl</a><img src=\"b.png\"><form action=\"/soeg/\"></form><a href=\"mailto:a@b.dk\">m</a>");

        Assert.Equal(["/a.css", "/s.js", "/x/#y", "b.png", "/soeg/"], facts.Links);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "et inline <script>")]
    [InlineData("<style>p{}</style>", "et <style>-element")]
    [InlineData("<p style=\"color:red\">x</p>", "en style-attribut på <p>")]
    [InlineData("<button onclick=\"x()\">x</button>", "hændelsesattributten onclick på <button>")]
    [InlineData("<a href=\" javascript:x()\">x</a>", "en javascript:-adresse på <a>")]
    public void Inline_code_is_reported(string html, string problem) =>
        Assert.Equal([problem], Rewrite(html).CspBlockedMarkup);

    [Fact]
    public void Script_content_is_not_read_as_markup()
    {
        var facts = Rewrite("<script src=\"/a.js\">if (a<b) { x = '<a href=\"/nope/\">'; }</script>");

        Assert.Equal(["/a.js"], facts.Links);
    }
}
