using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>
/// What a hostile client may cost the preview: oversized request lines and headers are refused
/// before they are held, bodies are not read, slow and idle connections are closed, connections
/// are bounded, and the server serves normal pages afterwards. (How much memory the process holds
/// meanwhile is measured by hand; README.md's preview section has the figures.)
/// </summary>
public sealed class PreviewLimitsTests : IDisposable
{
    private const int Megabyte = 1024 * 1024;
    private readonly TempFolder temp = new();
    private readonly List<PreviewServer> servers = [];

    public PreviewLimitsTests() =>
        temp.Write("site/index.html", "<!DOCTYPE html><html><head><title>Forside</title></head><body><h1>Forside</h1></body></html>");

    public void Dispose()
    {
        foreach (var server in servers)
        {
            server.Dispose();
        }
        temp.Dispose();
    }

    [Fact]
    public async Task A_20_MB_request_line_is_refused_with_414()
    {
        var server = Start();
        var line = new[] { Encoding.ASCII.GetBytes("GET /") }
            .Concat(Repeat((byte)'a', Megabyte, 20))
            .Append(Encoding.ASCII.GetBytes($" HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\n\r\n"));

        var exchange = await RawHttp.SendAsync(server.Port, line);

        Assert.Equal(414, exchange.Response?.Status);
        await AssertStillServes(server);
    }

    [Fact]
    public async Task Ten_thousand_headers_are_refused_with_431()
    {
        var server = Start();
        var headers = Enumerable.Range(0, 10_000).Select(i => Encoding.ASCII.GetBytes($"X-Felt-{i}: v\r\n"));

        var exchange = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port), .. headers, "\r\n"u8.ToArray()]);

        Assert.Equal(431, exchange.Response?.Status);
        await AssertStillServes(server);
    }

    [Fact]
    public async Task More_header_lines_than_allowed_are_refused_with_431_even_when_short()
    {
        var server = Start();
        var headers = Enumerable.Range(0, PreviewLimits.Default.MaxHeaderCount + 1).Select(i => Encoding.ASCII.GetBytes($"X{i}: v\r\n"));

        var exchange = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port), .. headers, "\r\n"u8.ToArray()]);

        Assert.Equal(431, exchange.Response?.Status);
    }

    [Fact]
    public async Task A_20_MB_header_is_refused_with_431()
    {
        var server = Start();
        IEnumerable<byte[]> request = [RawHttp.Head(server.Port), "X-Stor: "u8.ToArray(), .. Repeat((byte)'a', Megabyte, 20), "\r\n\r\n"u8.ToArray()];

        var exchange = await RawHttp.SendAsync(server.Port, request);

        Assert.Equal(431, exchange.Response?.Status);
        await AssertStillServes(server);
    }

    [Fact]
    public async Task A_request_body_is_refused_and_its_connection_closed_unread()
    {
        var server = Start();
        IEnumerable<byte[]> request = [RawHttp.Head(server.Port, "POST"), Encoding.ASCII.GetBytes($"Content-Length: {20 * Megabyte}\r\n\r\n"), .. Repeat((byte)'a', Megabyte, 20)];

        var exchange = await RawHttp.SendAsync(server.Port, request);

        Assert.Equal(405, exchange.Response?.Status);
        Assert.True(exchange.Closed, "the connection stayed open to read the body");
        await AssertStillServes(server);
    }

    [Fact]
    public async Task A_request_whose_headers_never_end_is_closed()
    {
        var server = Start(PreviewLimits.Default with { HeadersTimeout = TimeSpan.FromSeconds(1) });

        var exchange = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port)]);

        Assert.True(exchange.Closed, "a slow request kept its connection");
        await AssertStillServes(server);
    }

    [Fact]
    public async Task An_idle_connection_is_closed()
    {
        var server = Start(PreviewLimits.Default with { IdleTimeout = TimeSpan.FromSeconds(1) });

        var exchange = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port, "HEAD"), "\r\n"u8.ToArray()]);

        Assert.Equal(200, exchange.Response?.Status);
        Assert.True(exchange.Closed, "an idle connection was kept");
    }

    [Fact]
    public async Task Connections_beyond_the_limit_are_closed_until_one_is_free()
    {
        var server = Start(PreviewLimits.Default with { MaxConnections = 2 });
        using var first = await OpenConnection(server.Port);
        using var second = await OpenConnection(server.Port);

        var refused = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port, "HEAD"), "Connection: close\r\n\r\n"u8.ToArray()]);
        first.Dispose();

        Assert.Null(refused.Response);
        Assert.True(refused.Closed);
        await AssertStillServes(server);
    }

    [Fact]
    public async Task Reload_sockets_beyond_the_limit_are_refused_until_one_is_free()
    {
        var server = Start(PreviewLimits.Default with { MaxReloadSockets = 1 });
        var socketUri = new Uri($"ws://127.0.0.1:{server.Port}{PreviewServer.SocketPath}");
        using var open = new ClientWebSocket();
        await open.ConnectAsync(socketUri, CancellationToken.None);
        await Eventually.Get(() => server.Reloads.Count == 1 ? "" : null, "the first reload socket");

        using var refused = new ClientWebSocket();
        var error = await Assert.ThrowsAnyAsync<WebSocketException>(() => refused.ConnectAsync(socketUri, CancellationToken.None));
        await open.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await Eventually.Get(() => server.Reloads.Count == 0 ? "" : null, "the first reload socket to close");
        using var next = new ClientWebSocket();
        await next.ConnectAsync(socketUri, CancellationToken.None);

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, next.State);
    }

    private PreviewServer Start(PreviewLimits? limits = null)
    {
        var server = PreviewServer.Start(temp.Combine("site"), port: 0, limits: limits);
        servers.Add(server);
        return server;
    }

    /// <summary>A connection that has been served once and is kept open.</summary>
    private static async Task<TcpClient> OpenConnection(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        await stream.WriteAsync(RawHttp.Head(port, "HEAD"));
        await stream.WriteAsync("\r\n"u8.ToArray());
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer) > 0)
        {
            head.Append((char)buffer[0]);
        }
        Assert.StartsWith("HTTP/1.1 200", head.ToString(), StringComparison.Ordinal);
        return client;
    }

    /// <summary>A normal request is answered, at once or as soon as a refused client's connection is gone.</summary>
    private static async Task AssertStillServes(PreviewServer server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var page = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port), "Connection: close\r\n\r\n"u8.ToArray()]);
        while (page.Response is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
            page = await RawHttp.SendAsync(server.Port, [RawHttp.Head(server.Port), "Connection: close\r\n\r\n"u8.ToArray()]);
        }
        Assert.Equal(200, page.Response?.Status);
        Assert.Contains("<h1>Forside</h1>", page.Response?.Body, StringComparison.Ordinal);
    }

    private static IEnumerable<byte[]> Repeat(byte value, int size, int count)
    {
        var piece = Enumerable.Repeat(value, size).ToArray();
        return Enumerable.Repeat(piece, count);
    }
}
