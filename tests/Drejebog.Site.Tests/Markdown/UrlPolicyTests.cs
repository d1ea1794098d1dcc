using Drejebog.Site.Markdown;

namespace Drejebog.Site.Tests.Markdown;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://example.org")]
    [InlineData("mailto:kontakt@kl.dk")]
    [InlineData("tel:+4533703370")]
    [InlineData("/organisering/")]
    [InlineData("../roller/programleder.md#ansvar")]
    [InlineData("1-02-plan.md")]
    [InlineData("#faseplan")]
    [InlineData("?rolle=programleder")]
    [InlineData("bilag/a:b.docx")]
    [InlineData("/milep%C3%A6le/")]
    public void Web_addresses_and_site_paths_are_allowed(string url) =>
        Assert.True(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java&#x09;script:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("%6aavascript:alert(1)")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/fil")]
    [InlineData("skype:kl")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public void Other_schemes_and_their_disguises_are_refused(string url) =>
        Assert.False(UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("JaVaScRiPt:alert(1)", "javascript:")]
    [InlineData("%64ata:text/html,x", "data:")]
    [InlineData("//evil.example/", "//")]
    [InlineData("https://kl.dk/", null)]
    public void The_refused_part_is_named(string url, string? refused) =>
        Assert.Equal(refused, UrlPolicy.RefusedPart(url));

    [Theory]
    [InlineData("#faseplan", true)]
    [InlineData("/milepaele/start/", true)]
    [InlineData("/", true)]
    [InlineData("https://kl.dk/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("../x.md", false)]
    [InlineData("about:invalid", true)]
    public void Only_shapes_that_cannot_hide_a_scheme_are_plainly_safe(string url, bool plain) =>
        Assert.Equal(plain, UrlPolicy.IsPlainlySafe(url));

    [Fact]
    public void Messages_show_the_url_on_one_line_and_short()
    {
        Assert.Equal("java\\u0009script:\\u000Aalert(1)", UrlPolicy.ForMessage("java\tscript:\nalert(1)"));
        var shown = UrlPolicy.ForMessage("data:text/html," + new string('x', 10_000));
        Assert.Equal(UrlPolicy.MessageLength + 1, shown.Length);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
    }
}
