using System.Net;
using System.Net.Sockets;
using System.Text;
using Drejebog.Site.BrowserTests.Support;

namespace Drejebog.Site.BrowserTests.Harness;

/// <summary>The test server answers as the deployed site does, so the browser tests see what users see.</summary>
[Collection(BuiltSiteDefinition.Name)]
public sealed class StaticSiteServerTests(SiteFixture site) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };

    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, max-age=0, must-revalidate";

    [Theory]
    [InlineData("/", "text/html; charset=utf-8", Revalidate)]
    [InlineData("/faser/planlaegning/", "text/html; charset=utf-8", Revalidate)]
    [InlineData("asset:css/site.css", "text/css; charset=utf-8", Immutable)]
    [InlineData("asset:js/site.js", "text/javascript; charset=utf-8", Immutable)]
    [InlineData("/data/drejebog.json", "application/json", Revalidate)]
    [InlineData("/kalender/drejebog.ics", "text/calendar; charset=utf-8", Revalidate)]
    [InlineData("asset:img/favicon.svg", "image/svg+xml", Immutable)]
    [InlineData("/pagefind/pagefind.js", "text/javascript; charset=utf-8", Revalidate)]
    [InlineData("/pagefind/pagefind-entry.json", "application/json", Revalidate)]
    [InlineData("/pagefind/wasm.da.pagefind", "application/octet-stream", Revalidate)]
    public async Task Files_are_served_with_their_content_type_and_the_headers_netlify_toml_gives_them(string path, string contentType, string cacheControl)
    {
        path = path.StartsWith("asset:", StringComparison.Ordinal) ? HashedAssets.Url(site.OutputPath, path["asset:".Length..]) : path;

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(NetlifyHeaders.For("/")[NetlifyHeaders.ContentSecurityPolicy], Header(response, NetlifyHeaders.ContentSecurityPolicy));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(cacheControl, Header(response, "Cache-Control"));
        var file = Path.Combine(site.OutputPath, (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/'));
        Assert.Equal(await File.ReadAllBytesAsync(file), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_csp_is_the_strict_one_from_netlify_toml()
    {
        using var response = await http.GetAsync("/");

        var csp = Header(response, NetlifyHeaders.ContentSecurityPolicy);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.NotNull(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Fonts_are_served_as_woff2()
    {
        var font = Directory.EnumerateFiles(Path.Combine(site.OutputPath, "assets"), "*.woff2", SearchOption.AllDirectories).First();
        var path = "/" + Path.GetRelativePath(site.OutputPath, font).Replace('\\', '/');

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("font/woff2", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_to_it()
    {
        using var response = await http.GetAsync("/faser/planlaegning?x=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/faser/planlaegning/?x=1", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/findes-ikke/")]
    [InlineData("/milepaele/findes-ikke.html")]
    [InlineData("/findes/ikke/dybt/nede")]
    public async Task An_unknown_path_gets_the_404_page_with_status_404(string path)
    {
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.OutputPath, "404.html")), await response.Content.ReadAsStringAsync());
        Assert.NotNull(Header(response, NetlifyHeaders.ContentSecurityPolicy));
    }

    [Fact]
    public async Task A_path_outside_the_site_folder_is_not_served()
    {
        // Raw HTTP: HttpClient would remove the dot segments before sending.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, site.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync("GET /../../../../../../etc/hostname HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"u8.ToArray());
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var statusLine = await reader.ReadLineAsync();

        Assert.Equal("HTTP/1.1 404 Not Found", statusLine);
    }

    // As sent: the typed headers would reorder Cache-Control's directives.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    public void Dispose() => http.Dispose();
}
