using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Drejebog.Site.Output;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 and an ephemeral port, as Netlify would: folder
/// URLs give their <c>index.html</c>, a folder without its slash is redirected, anything else
/// unknown gives <c>404.html</c> with status 404, and every response carries the headers that
/// <c>netlify.toml</c> gives its path (security and caching), so the browser enforces the real
/// Content-Security-Policy. Files are read on every request, so a rebuild into the same folder is
/// served at once; pages are revalidated on every load, and a rebuilt asset has a new name.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private const string NotFoundPage = "404.html";
    private const int MaxHeadLength = 32 * 1024;
    private static readonly byte[] EndOfHead = "\r\n\r\n"u8.ToArray();

    private readonly string root;
    private readonly Func<string, IReadOnlyDictionary<string, string>> headersFor;
    private readonly IServerHook? hook;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    /// <param name="root">The built site.</param>
    /// <param name="headersFor">The headers for a request path, as Netlify would send them.</param>
    /// <param name="hook">Test-only paths and page changes (see <see cref="IServerHook"/>), or none.</param>
    public StaticSiteServer(string root, Func<string, IReadOnlyDictionary<string, string>> headersFor, IServerHook? hook = null)
    {
        this.root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        this.headersFor = headersFor;
        this.hook = hook;
        listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>The absolute URL of a site path such as <c>/faser/planlaegning/</c>.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    /// <summary>Answers requests on one connection until the browser closes it (HTTP/1.1 keep-alive).</summary>
    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var buffer = new byte[MaxHeadLength];
            var filled = 0;
            while (true)
            {
                int end;
                while ((end = buffer.AsSpan(0, filled).IndexOf(EndOfHead)) < 0)
                {
                    if (filled == buffer.Length)
                    {
                        return;
                    }
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }
                    filled += read;
                }
                var head = Encoding.ASCII.GetString(buffer, 0, end);
                var consumed = end + EndOfHead.Length;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;

                var keepAlive = await RespondAsync(stream, head);
                if (!keepAlive)
                {
                    return;
                }
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The browser closed the connection or the server is stopping.
        }
    }

    private async Task<bool> RespondAsync(NetworkStream stream, string head)
    {
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var keepAlive = !lines.Skip(1).Any(line => line.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase)
            && line.Contains("close", StringComparison.OrdinalIgnoreCase));
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            await WriteAsync(stream, "/", 400, "text/plain; charset=utf-8", "Bad request"u8.ToArray(), headOnly: false, keepAlive: false);
            return false;
        }
        // GET and HEAD carry no body, so the next request starts right after this head.
        if (requestLine[1].Length == 0 || (requestLine[0] != "GET" && requestLine[0] != "HEAD"))
        {
            await WriteAsync(stream, "/", 405, "text/plain; charset=utf-8", "Only GET and HEAD"u8.ToArray(), headOnly: false, keepAlive: false);
            return false;
        }

        var headOnly = requestLine[0] == "HEAD";
        var requestPath = requestLine[1].Split('?', '#')[0];
        if (hook is not null && hook.TryAnswer(requestLine[1], out var hookType, out var hookBody))
        {
            await WriteAsync(stream, requestPath, 200, hookType, hookBody, headOnly, keepAlive);
            return keepAlive;
        }
        var (status, file, location) = Resolve(requestLine[1]);
        if (location is not null)
        {
            await WriteAsync(stream, requestPath, status, "text/plain; charset=utf-8", [], headOnly, keepAlive, location);
            return keepAlive;
        }
        var body = ReadFile(file);
        if (body is null)
        {
            status = 404;
            file = Path.Combine(root, NotFoundPage);
            body = ReadFile(file) ?? "Not found"u8.ToArray();
        }
        var contentType = ContentTypes.For(file ?? NotFoundPage);
        if (hook is not null && contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            body = hook.ChangePage(body);
        }
        await WriteAsync(stream, requestPath, status, contentType, body, headOnly, keepAlive);
        return keepAlive;
    }

    /// <summary>Maps a request target to a file under the root, a redirect, or nothing (404).</summary>
    private (int Status, string? File, string? Location) Resolve(string target)
    {
        var split = target.IndexOfAny(['?', '#']);
        var rawPath = split < 0 ? target : target[..split];
        var path = Uri.UnescapeDataString(rawPath);
        if (!path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
        {
            return (404, null, null);
        }
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != root)
        {
            return (404, null, null);
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                return (301, null, rawPath + "/" + (split < 0 ? "" : target[split..]));
            }
            full = Path.Combine(full, "index.html");
        }
        return (200, full, null);
    }

    private static byte[]? ReadFile(string? path)
    {
        try
        {
            return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private async Task WriteAsync(NetworkStream stream, string path, int status, string contentType, byte[] body, bool headOnly, bool keepAlive, string? location = null)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        head.Append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
        if (location is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Location: {location}\r\n");
        }
        // The type comes from the extension, as in the preview; NetlifyConfigTests checks that a type
        // netlify.toml sets (/kalender/*) is the same, so it is not sent a second time.
        foreach (var (name, value) in headersFor(path).Where(h => !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stopping.Token);
        if (!headOnly)
        {
            await stream.WriteAsync(body, stopping.Token);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Unknown",
    };

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
