using System.Text;

namespace Drejebog.Site.Tests.Support;

public sealed class FirstLoadTests
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["/assets/a.css"] = """
            @font-face{font-family:X;src:url(fonts/x.woff2) format("woff2")}
            @font-face{font-family:X;font-weight:700;src:url("fonts/x-bold.woff2")}
            .used{background:url(img/used.svg)} .unused{background:url(img/unused.svg)}
            input:checked+.box{background:url(img/checked.svg)}
            """,
        ["/assets/fonts/x.woff2"] = "1234567890",
        ["/assets/fonts/x-bold.woff2"] = "12345",
        ["/assets/img/used.svg"] = "<svg/>",
        ["/assets/img/unused.svg"] = "<svg/>",
        ["/assets/img/checked.svg"] = "<svg/>",
        ["/assets/site.js"] = """import{a}from"./shared.js";import("./lazy.js");import("/pagefind/pagefind.js");fetch('/data/index.json')""",
        ["/assets/shared.js"] = "export const a=1;",
        ["/assets/lazy.js"] = "export const b=1;",
        ["/assets/icons.svg"] = "<svg><symbol id='x'/></svg>",
        ["/data/index.json"] = "{}",
    };

    private const string Page = """
        <!DOCTYPE html><html><head>
        <link rel="preload" href="/assets/fonts/x.woff2" as="font" type="font/woff2" crossorigin>
        <link rel="stylesheet" href="/assets/a.css"><link rel="canonical" href="https://example.org/">
        <script type="module" src="/assets/site.js"></script></head>
        <body><p class="used">x</p><input type="checkbox"><span class="box"></span>
        <svg><use href="/assets/icons.svg#x"></use></svg><svg><use href="/assets/icons.svg#y"></use></svg></body></html>
        """;

    private static byte[]? File(string url) => Files.TryGetValue(url, out var text) ? Encoding.UTF8.GetBytes(text) : null;

    [Fact]
    public void Counts_what_the_browser_fetches_once_each_and_leaves_out_search_and_unmatched_images()
    {
        var requests = FirstLoad.Of("/a/", Page, File);

        Assert.Equal(
            ["/a/ page", "/assets/fonts/x.woff2 preload", "/assets/a.css stylesheet", "/assets/fonts/x-bold.woff2 font",
             "/assets/img/used.svg css image", "/assets/img/checked.svg css image", "/assets/site.js script",
             "/assets/shared.js module", "/data/index.json data", "/assets/icons.svg sprite"],
            requests.Select(r => $"{r.Url} {r.Why}"));
    }

    [Fact]
    public void Compresses_text_and_counts_fonts_as_they_are()
    {
        var requests = FirstLoad.Of("/a/", Page, File);

        Assert.Equal(10, requests.Single(r => r.Url == "/assets/fonts/x.woff2").Bytes);
        Assert.NotEqual(Encoding.UTF8.GetByteCount(Files["/assets/a.css"]), requests.Single(r => r.Url == "/assets/a.css").Bytes);
    }

    [Fact]
    public void A_reference_to_a_file_the_build_does_not_have_fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FirstLoad.Of("/a/", Page.Replace("/assets/site.js", "/assets/gone.js", StringComparison.Ordinal), File));

        Assert.Contains("/assets/gone.js", error.Message, StringComparison.Ordinal);
    }
}
