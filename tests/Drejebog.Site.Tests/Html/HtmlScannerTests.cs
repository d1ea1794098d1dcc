using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Drejebog.Site.Html;
using Drejebog.Site.Tests.RealSite;
using HtmlToken = Drejebog.Site.Html.HtmlToken;

namespace Drejebog.Site.Tests.Html;

/// <summary>
/// The page pass's tokenizer: tags and attributes as the HTML standard reads them, every character
/// in exactly one token, and the same tags and attribute values as AngleSharp's tokenizer on every
/// page of the real site.
/// </summary>
public sealed class HtmlScannerTests
{
    [Theory]
    [InlineData("<a href=\"/x\">y</a>", "<a href=/x>|y|</a>")]
    [InlineData("<A HREF='/x' Title=a>", "<a href=/x title=a>")]
    [InlineData("<img alt=\"1 > 0\" src=/i.png/>", "<img alt=1 > 0 src=/i.png/>")]
    [InlineData("<br/><input disabled />", "<br/>|<input disabled/>")]
    [InlineData("<div/onclick=\"x()\">", "<div onclick=x()>")]
    [InlineData("<p class = 'a b'  id=c>", "<p class=a b id=c>")]
    [InlineData("<a href=\"x\"title=y>", "<a href=x title=y>")]
    [InlineData("<a href=\"&quot;&#106;&amp;\">", "<a href=\"j&>")]
    [InlineData("<a href=\"javascript&colon;x&lpar;&rpar;\" title='&quot;&amp'>", "<a href=javascript:x() title=\"&>")]
    [InlineData("a < b <3 </ x> c", "a < b <3 |</ x>| c")]
    [InlineData("x</>y", "x|</>|y")]
    [InlineData("</\0<main>hi</main>>", "</\0<main>|hi|</main>|>")]
    [InlineData("a<\0b </", "a<\0b </")]
    [InlineData("<!-- a <b> --><!--><!---><!-- c --!>d", "<!-- a <b> -->|<!-->|<!--->|<!-- c --!>|d")]
    [InlineData("<!DOCTYPE html><?xml x?>", "<!DOCTYPE html>|<?xml x?>")]
    [InlineData("<script>if (a<b) x='</p>'</script >", "<script>|if (a<b) x='</p>'|</script>")]
    [InlineData("<title>A <b> &amp;</TITLE>", "<title>|A <b> &amp;|</title>")]
    [InlineData("<style>p{}</style><textarea><a></textarea>", "<style>|p{}|</style>|<textarea>|<a>|</textarea>")]
    [InlineData("<p>cut <a href=\"x", "<p>|cut <a href=\"x")]
    [InlineData("<p>cut <a", "<p>|cut <a")]
    public void Tokens_are_read_as_the_standard_reads_them(string html, string expected)
    {
        Assert.Equal(expected, string.Join('|', Describe(html)));
    }

    [Fact]
    public void After_a_tag_cut_off_by_the_end_of_the_page_the_rest_is_one_text_token()
    {
        // A browser drops the tag and all after it. Reading each later '<' again would be quadratic.
        var rest = "<a title=\"x" + string.Concat(Enumerable.Repeat("<p onclick=x>", 20_000));

        Assert.Equal(["<p>", "tekst " + rest], Describe("<p>tekst " + rest));
    }

    [Fact]
    public void A_repeated_attribute_counts_the_first_time()
    {
        var scanner = new HtmlScanner("<a href=\"/first\" HREF=\"/second\">");
        var tag = scanner.Next();

        Assert.Equal("/first", scanner.Attributes(tag).Get("href"));
        Assert.False(scanner.Attributes(tag).Has("title"));
    }

    [Fact]
    public void The_tokens_of_every_real_page_are_the_page_and_its_tags_are_angle_sharps()
    {
        Assert.All(RealSiteBuild.Result.Pages, page =>
        {
            var scanner = new HtmlScanner(page.Html);
            var covered = 0;
            var ours = new List<string>();
            for (var token = scanner.Next(); token.Kind != HtmlTokenKind.EndOfFile; token = scanner.Next())
            {
                Assert.Equal(covered, token.Start);
                covered = token.End;
                if (token.Kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag)
                {
                    ours.Add(Tag(token, scanner));
                }
            }
            Assert.Equal(page.Html.Length, covered);
            Assert.Equal(AngleSharpTags(page.Html), ours);
        });
    }

    private static IEnumerable<string> Describe(string html)
    {
        var scanner = new HtmlScanner(html);
        for (var token = scanner.Next(); token.Kind != HtmlTokenKind.EndOfFile; token = scanner.Next())
        {
            yield return token.Kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag ? Tag(token, scanner) : html[token.Start..token.End];
        }
    }

    private static string Tag(HtmlToken token, HtmlScanner scanner)
    {
        var attributes = scanner.Attributes(token);
        var described = new List<string>();
        foreach (var (name, attribute) in attributes.Distinct())
        {
            var value = attributes.Value(attribute);
            described.Add(value.Length == 0 ? $" {name}" : $" {name}={value}");
        }
        return (token.Kind == HtmlTokenKind.EndTag ? "</" : "<") + token.Name + string.Concat(described) + (token.SelfClosing ? "/>" : ">");
    }

    // The old page pass's loop: AngleSharp's struct tokens, with the tokenizer switched into raw text after the same elements.
    private static List<string> AngleSharpTags(string html)
    {
        using var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        var tags = new List<string>();
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                return tags;
            }
            if (token.Type is not (HtmlTokenType.StartTag or HtmlTokenType.EndTag))
            {
                continue;
            }
            var name = token.Name.ToString();
            var attributes = token.Attributes;
            var described = new List<string>();
            for (var i = 0; i < attributes.Count; i++)
            {
                var value = attributes[i].Value.ToString();
                described.Add(value.Length == 0 ? $" {attributes[i].Name}" : $" {attributes[i].Name}={value}");
            }
            tags.Add((token.Type == HtmlTokenType.EndTag ? "</" : "<") + name + string.Concat(described) + (token.IsSelfClosing ? "/>" : ">"));
            if (token.Type == HtmlTokenType.StartTag)
            {
                tokenizer.State = name switch
                {
                    "script" => HtmlParseMode.Script,
                    "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                    "title" or "textarea" => HtmlParseMode.RCData,
                    "plaintext" => HtmlParseMode.Plaintext,
                    _ => tokenizer.State,
                };
            }
        }
    }
}
