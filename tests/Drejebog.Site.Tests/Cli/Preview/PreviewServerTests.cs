using System.Net;
using System.Net.WebSockets;
using System.Text;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>
/// The preview server: loopback only, folder URLs, 404 page, the reload script in every page,
/// the site's headers, the error page, the reload socket, and nothing outside the site folder,
/// however the request is spelled (sent as raw bytes, so no client library tidies it first).
/// </summary>
public sealed class PreviewServerTests : IDisposable
{
    private const string Secret = "hemmeligt indhold";
    private readonly TempFolder temp = new();
    private readonly string site;
    private readonly PreviewServer server;

    public PreviewServerTests()
    {
        site = Path.Combine(temp.Path, "site");
        temp.Write("site/index.html", "<!DOCTYPE html><html><head><title>Forside</title></head><body><h1>Forside</h1></body></html>");
        temp.Write("site/milepaele/fejring/index.html", "<html><head></head><body><h1>Fejring</h1></body></html>");
        temp.Write("site/404.html", "<html><head></head><body><h1>Siden findes ikke</h1></body></html>");
        temp.Write("site/assets/site.css", "body {}");
        temp.Write("site/kalender/drejebog.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        temp.Write("hemmelig.txt", Secret);
        temp.Write("site/.skjult.html", Secret);
        server = PreviewServer.Start(site, port: 0, path => new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = "default-src 'self'",
            ["X-Path"] = path,
        });
    }

    public void Dispose()
    {
        server.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task Serves_pages_on_the_loopback_address_with_the_reload_script()
    {
        var response = await RawHttp.GetAsync(server.Port, "/milepaele/fejring/");

        Assert.StartsWith("http://127.0.0.1:", server.Address, StringComparison.Ordinal);
        Assert.Equal(200, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.Headers["Content-Type"]);
        Assert.Contains("<h1>Fejring</h1>", response.Body, StringComparison.Ordinal);
        Assert.Contains($"<script type=\"module\" src=\"/_preview/reload.js?build={server.State.Current.Build}&amp;file=milepaele%2Ffejring%2Findex.html\"></script>\n</head>", response.Body, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers["Cache-Control"]);
    }

    [Fact]
    public async Task Every_response_has_the_sites_headers_for_its_path()
    {
        var page = await RawHttp.GetAsync(server.Port, "/milepaele/fejring/");
        var refused = await RawHttp.GetAsync(server.Port, "/%2e%2e/hemmelig.txt");

        Assert.Equal("default-src 'self'", page.Headers["Content-Security-Policy"]);
        Assert.Equal("/milepaele/fejring/", page.Headers["X-Path"]);
        Assert.Equal("default-src 'self'", refused.Headers["Content-Security-Policy"]);
    }

    [Fact]
    public async Task The_files_on_disk_stay_as_built()
    {
        await RawHttp.GetAsync(server.Port, "/");

        Assert.DoesNotContain("_preview", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_paths_get_the_404_page_with_status_404()
    {
        var response = await RawHttp.GetAsync(server.Port, "/findes-ikke/");

        Assert.Equal(404, response.Status);
        Assert.Contains("<h1>Siden findes ikke</h1>", response.Body, StringComparison.Ordinal);
        Assert.Contains("file=404.html", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected()
    {
        var response = await RawHttp.GetAsync(server.Port, "/milepaele/fejring?rolle=x");

        Assert.Equal(301, response.Status);
        Assert.Equal("/milepaele/fejring/?rolle=x", response.Headers["Location"]);
    }

    [Fact]
    public async Task Assets_are_revalidated_with_an_etag()
    {
        var first = await RawHttp.GetAsync(server.Port, "/assets/site.css");
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address + "assets/site.css"));
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers["ETag"]);

        using var second = await client.SendAsync(request);

        Assert.Equal("body {}", first.Body);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/../hemmelig.txt")]
    [InlineData("/milepaele/../../hemmelig.txt")]
    [InlineData("/%2e%2e/hemmelig.txt")]
    [InlineData("/%2E%2E/hemmelig.txt")]
    [InlineData("/.%2e/hemmelig.txt")]
    [InlineData("/..%2fhemmelig.txt")]
    [InlineData("/%252e%252e/hemmelig.txt")]
    [InlineData("/%c0%ae%c0%ae/hemmelig.txt")]
    [InlineData("/..\\hemmelig.txt")]
    [InlineData("/%5c..%5chemmelig.txt")]
    [InlineData("/..%5chemmelig.txt")]
    [InlineData("/hemmelig.txt%00.html")]
    [InlineData("//hemmelig.txt")]
    public async Task Requests_for_anything_outside_the_site_folder_are_refused(string target)
    {
        var response = await RawHttp.GetAsync(server.Port, target);

        Assert.True(response.Status is 400 or 403, $"{target} gave {response.Status}");
        Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_files_are_not_served()
    {
        var response = await RawHttp.GetAsync(server.Port, "/.skjult.html");

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_site_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(site, "genvej.txt"), temp.Combine("hemmelig.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site, "udenfor"), temp.Path);

        var file = await RawHttp.GetAsync(server.Port, "/genvej.txt");
        var folder = await RawHttp.GetAsync(server.Port, "/udenfor/hemmelig.txt");

        Assert.Equal((403, 403), (file.Status, folder.Status));
        Assert.DoesNotContain(Secret, file.Body + folder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_for_another_host_name_are_not_served()
    {
        // A page on another site that rebinds its name to 127.0.0.1 sends its own name as Host.
        var response = await RawHttp.GetAsync(server.Port, "/", host: "evil.example");

        Assert.NotEqual(200, response.Status);
        Assert.DoesNotContain("Forside", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_host_name_gets_421_with_the_address_to_use()
    {
        var response = await RawHttp.GetAsync(server.Port, "/", host: "localhost");

        Assert.Equal(421, response.Status);
        Assert.Contains(server.Address, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_HEAD_request_gets_the_headers_without_the_body()
    {
        var response = await RawHttp.GetAsync(server.Port, "/assets/site.css", method: "HEAD");

        Assert.Equal(200, response.Status);
        Assert.Equal("7", response.Headers["Content-Length"]);
        Assert.True(response.Headers.ContainsKey("ETag"));
        Assert.Equal("", response.Body);
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_ones_allowed()
    {
        var response = await RawHttp.GetAsync(server.Port, "/", method: "DELETE");

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
        Assert.Equal("default-src 'self'", response.Headers["Content-Security-Policy"]);
    }

    [Fact]
    public async Task A_calendar_file_is_served_as_text_calendar_in_utf_8_as_netlify_toml_sends_it()
    {
        var response = await RawHttp.GetAsync(server.Port, "/kalender/drejebog.ics");

        Assert.Equal(200, response.Status);
        Assert.Equal("text/calendar; charset=utf-8", response.Headers["Content-Type"]);
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", response.Body);
    }

    [Fact]
    public async Task The_reload_script_is_served_as_a_module()
    {
        var response = await RawHttp.GetAsync(server.Port, "/_preview/reload.js");

        Assert.Equal(200, response.Status);
        Assert.Equal("text/javascript; charset=utf-8", response.Headers["Content-Type"]);
        Assert.Contains("import.meta.url", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_build_has_errors_every_page_is_the_error_page_with_each_error_escaped()
    {
        var error = new Diagnostic("input/milepaele/1-01-x.md", 14, 11, Severity.Error, "DS021", "Ukendt rolle `<script>alert(1)</script>`.");
        server.Publish(server.State.Built([error], null));

        var page = await RawHttp.GetAsync(server.Port, "/milepaele/fejring/");
        var missing = await RawHttp.GetAsync(server.Port, "/findes-ikke/");
        var asset = await RawHttp.GetAsync(server.Port, "/assets/site.css");

        Assert.Equal((500, 500, 200), (page.Status, missing.Status, asset.Status));
        Assert.Contains($"<title>{ErrorPage.Title} – forhåndsvisning</title>", page.Body, StringComparison.Ordinal);
        Assert.Contains("input/milepaele/1-01-x.md:14:11", page.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page.Body, StringComparison.Ordinal);
        Assert.Contains("src=\"/_preview/reload.js?build=", page.Body, StringComparison.Ordinal);

        server.Publish(server.State.Built([], OutputChanges.None));
        Assert.Equal(200, (await RawHttp.GetAsync(server.Port, "/milepaele/fejring/")).Status);
    }

    [Fact]
    public async Task An_open_page_is_greeted_and_told_about_each_rebuild()
    {
        using var socket = await ConnectAsync();
        var hello = await ReceiveAsync(socket);

        server.Publish(server.State.Built([], new OutputChanges(["milepaele/fejring/index.html"], [], [])));
        var rebuilt = await ReceiveAsync(socket);

        Assert.Contains("\"type\":\"hello\"", hello, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"build\"", rebuilt, StringComparison.Ordinal);
        Assert.Contains($"\"build\":\"{server.State.Current.Build}\"", rebuilt, StringComparison.Ordinal);
        Assert.Contains("\"all\":false", rebuilt, StringComparison.Ordinal);
        Assert.Contains("\"files\":[\"milepaele/fejring/index.html\"]", rebuilt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_and_their_fix_reach_every_page()
    {
        using var socket = await ConnectAsync();
        await ReceiveAsync(socket);

        server.Publish(server.State.Built([new Diagnostic("input/x.md", 1, 1, Severity.Error, "DS002", "x")], null));
        var broken = await ReceiveAsync(socket);
        server.Publish(server.State.Built([], new OutputChanges(["milepaele/fejring/index.html"], [], [])));
        var fixedAgain = await ReceiveAsync(socket);

        Assert.Contains("\"all\":true", broken, StringComparison.Ordinal);
        Assert.Contains("\"all\":true", fixedAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_from_another_origin_may_not_listen()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "http://evil.example");

        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(SocketUri(), CancellationToken.None));
    }

    private Uri SocketUri() => new($"ws://127.0.0.1:{server.Port}{PreviewServer.SocketPath}");

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", $"http://127.0.0.1:{server.Port}");
        await socket.ConnectAsync(SocketUri(), CancellationToken.None);
        return socket;
    }

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }
}
