using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Drejebog.Site.Output;

/// <summary>
/// A minimal static file server for Chromium to print from: on 127.0.0.1 only, on a port the
/// system picks, GET and HEAD, one request per connection. The pages use root-absolute URLs
/// (<c>/assets/…</c>), so they cannot be printed from <c>file://</c>. It remembers every file
/// asked for, found or not, which is what the PDF depends on (<see cref="PdfReuseKey"/>).
/// The preview's Kestrel server would inject its reload script into the page, so it is not used.
/// </summary>
public sealed class LoopbackFileServer : IDisposable
{
    private const int MaxRequestHead = 16 * 1024;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly string root;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, bool> requested = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, byte[]> replaced;
    private readonly Task accepting;

    /// <param name="root">The folder served as the site's root.</param>
    /// <param name="replaced">Files served with these bytes instead of their own, by path relative to the root (<c>hele-drejebogen/index.html</c>).</param>
    public LoopbackFileServer(string root, IReadOnlyDictionary<string, byte[]>? replaced = null)
    {
        this.root = Path.GetFullPath(root);
        this.replaced = replaced ?? new Dictionary<string, byte[]>();
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The address of <paramref name="path"/> (<c>/hele-drejebogen/</c>) on this server.</summary>
    public Uri Address(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>The files asked for so far, relative to the root with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Requested => [.. requested.Keys.Order(StringComparer.Ordinal)];

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                timeout.CancelAfter(ReadTimeout);
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, timeout.Token).ConfigureAwait(false);
                var parts = head?.Split(' ');
                if (parts is not { Length: 3 } || parts[0] is not ("GET" or "HEAD"))
                {
                    await ReplyAsync(stream, 400, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Forkert forespørgsel"), true, timeout.Token).ConfigureAwait(false);
                    return;
                }
                var (file, relative) = Resolve(parts[1]);
                var body = file is null ? null
                    : replaced.TryGetValue(relative, out var bytes) ? bytes
                    : await File.ReadAllBytesAsync(file, timeout.Token).ConfigureAwait(false);
                await ReplyAsync(stream, body is null ? 404 : 200, body is null ? "text/plain; charset=utf-8" : ContentTypes.For(file!),
                    body ?? Encoding.UTF8.GetBytes("Findes ikke"), parts[0] == "GET", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or SocketException or OperationCanceledException or UnauthorizedAccessException)
            {
                // The browser went away or took too long; it is the printing that reports problems.
            }
        }
    }

    /// <summary>The request line (<c>GET /x HTTP/1.1</c>) once the whole head has arrived; null when it is too long or cut off.</summary>
    private static async Task<string?> ReadHeadAsync(NetworkStream stream, CancellationToken cancel)
    {
        var buffer = new byte[MaxRequestHead];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancel).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }
            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                return text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
            }
        }
        return null;
    }

    /// <summary>The file a request target names (a folder names its <c>index.html</c>), or null, and its path relative to the root; it is remembered either way.</summary>
    private (string? File, string Relative) Resolve(string target)
    {
        var path = target.Split('?', '#')[0];
        if (!path.StartsWith('/'))
        {
            return (null, "");
        }
        var segments = Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Hidden names (the marker, the reuse key) and anything that climbs out are no part of the site.
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\', StringComparison.Ordinal)))
        {
            return (null, "");
        }
        var relative = string.Join('/', segments);
        var candidate = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!candidate.StartsWith(root, StringComparison.Ordinal))
        {
            return (null, "");
        }
        if (path.EndsWith('/'))
        {
            relative = relative.Length == 0 ? "index.html" : relative + "/index.html";
            candidate = Path.Combine(candidate, "index.html");
        }
        requested[relative] = true;
        return (File.Exists(candidate) ? candidate : null, relative);
    }

    private static async Task ReplyAsync(NetworkStream stream, int status, string contentType, byte[] body, bool withBody, CancellationToken cancel)
    {
        var reason = status switch { 200 => "OK", 404 => "Not Found", _ => "Bad Request" };
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancel).ConfigureAwait(false);
        if (withBody)
        {
            await stream.WriteAsync(body, cancel).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        accepting.Wait(TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }
}
