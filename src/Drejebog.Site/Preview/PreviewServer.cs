using System.Globalization;
using System.Net;
using System.Text;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Serves the preview on the loopback address only, so nothing outside this machine can reach it.
/// Folder URLs serve their index.html (without the slash they are redirected), unknown paths get
/// 404.html with status 404, and every response has the site's own security headers. Into each
/// HTML page it adds one same-origin script (<c>/_preview/reload.js</c>) that reloads the page when
/// a rebuild changes it; the files on disk stay exactly what <c>build</c> writes. While the last
/// rebuild failed, every page is the error page instead. Requests that could leave the site folder
/// are refused with 400 (see <see cref="RequestTarget"/>), and so (with 403) are symbolic links that
/// point outside it.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    /// <summary>URLs under this prefix belong to the preview, not the site.</summary>
    public const string Prefix = "/_preview/";
    public const string SocketPath = Prefix + "socket";

    private const string NotFoundPage = "404.html";
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Func<string, IReadOnlyDictionary<string, string>> headersFor;

    private PreviewServer(string root, int port, Func<string, IReadOnlyDictionary<string, string>> headersFor)
    {
        this.root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        this.headersFor = headersFor;
        Port = port;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}/";

    /// <summary>What the pages show: the current build and its errors.</summary>
    public PreviewState State { get; } = new();

    /// <summary>The open pages' reload connections.</summary>
    public ReloadChannel Reloads { get; } = new();

    /// <summary>Starts serving; port 0 picks a free port.</summary>
    /// <param name="root">The output folder.</param>
    /// <param name="port">The port on 127.0.0.1.</param>
    /// <param name="headersFor">The headers the deployed site sends for a path (<c>netlify.toml</c>).</param>
    /// <exception cref="HttpListenerException">The port is taken.</exception>
    public static PreviewServer Start(string root, int port, Func<string, IReadOnlyDictionary<string, string>>? headersFor = null)
    {
        var server = new PreviewServer(root, port == 0 ? FreePort() : port, headersFor ?? (_ => new Dictionary<string, string>()));
        server.listener.Start();
        _ = Task.Run(server.ServeAsync);
        return server;
    }

    /// <summary>Shows a new state in every open page: they reload if it concerns them.</summary>
    public void Publish(ReloadMessage? message)
    {
        if (message is not null)
        {
            Reloads.Publish(message);
        }
    }

    public void Dispose()
    {
        Reloads.Dispose();
        listener.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var upgraded = false;
        try
        {
            var target = RequestTarget.Parse(request.RawUrl ?? "");
            if (target is null)
            {
                Send(response, 400, "text/plain; charset=utf-8", "Ugyldig adresse."u8.ToArray(), headOnly: false, "/");
                return;
            }
            if (target.SitePath == SocketPath && request.IsWebSocketRequest)
            {
                upgraded = await AcceptReloadsAsync(context);
                return;
            }
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.Headers["Allow"] = "GET, HEAD";
                Send(response, 405, "text/plain; charset=utf-8", "Kun GET og HEAD."u8.ToArray(), headOnly: false, target.SitePath);
                return;
            }
            Respond(context, target, headOnly: request.HttpMethod == "HEAD");
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            // The browser went away, or the server is stopping.
        }
        finally
        {
            // A WebSocket's connection is closed by the socket; everything else is answered and done.
            if (!upgraded)
            {
                CloseQuietly(response);
            }
        }
    }

    /// <summary>Keeps an open page's reload connection until it closes; false when it was refused.</summary>
    private async Task<bool> AcceptReloadsAsync(HttpListenerContext context)
    {
        // A WebSocket is not bound by the same-origin policy: only our own pages may listen.
        var origin = context.Request.Headers["Origin"];
        if (origin is not null && !string.Equals(origin.TrimEnd('/'), Address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = 403;
            return false;
        }
        var socket = await context.AcceptWebSocketAsync(subProtocol: null);
        await Reloads.ServeAsync(socket.WebSocket, State.Hello());
        return true;
    }

    private static void CloseQuietly(HttpListenerResponse response)
    {
        try
        {
            response.Close();
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is gone already.
        }
    }

    private void Respond(HttpListenerContext context, RequestTarget target, bool headOnly)
    {
        var response = context.Response;
        if (target.SitePath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var asset = PreviewAssets.Find(target.SitePath[Prefix.Length..]);
            Send(response, asset is null ? 404 : 200, asset?.ContentType ?? "text/plain; charset=utf-8", asset?.Content ?? "Findes ikke."u8.ToArray(), headOnly, target.SitePath);
            return;
        }

        var (status, file) = Resolve(target);
        if (status == 301)
        {
            response.RedirectLocation = target.RawPath + "/" + target.Query;
            Send(response, 301, "text/plain; charset=utf-8", [], headOnly, target.SitePath);
            return;
        }
        if (status == 403)
        {
            Send(response, 403, "text/plain; charset=utf-8", "Adgang nægtet."u8.ToArray(), headOnly, target.SitePath);
            return;
        }
        if (status == 404)
        {
            file = Path.Combine(root, NotFoundPage);
        }

        var state = State.Current;
        var isPage = file!.EndsWith(".html", StringComparison.Ordinal);
        if (isPage && state.Errors.Count > 0)
        {
            Send(response, 500, ContentTypes.For(file), Encoding.UTF8.GetBytes(ErrorPage.Render(state.Errors, ReloadScript.Tag(state.Build, ""))), headOnly, target.SitePath);
            return;
        }

        var info = new FileInfo(file);
        if (!isPage && status == 200)
        {
            // Assets are revalidated on every load and answered with 304 while unchanged, so a reload is quick.
            var tag = string.Create(CultureInfo.InvariantCulture, $"\"{info.Length:x}-{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0):x}\"");
            response.Headers["ETag"] = tag;
            if (context.Request.Headers["If-None-Match"] == tag)
            {
                Send(response, 304, ContentTypes.For(file), [], headOnly: true, target.SitePath);
                return;
            }
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            Send(response, 404, "text/plain; charset=utf-8", "Siden findes ikke (endnu)."u8.ToArray(), headOnly, target.SitePath);
            return;
        }
        if (isPage)
        {
            var servedFile = status == 200 ? Path.GetRelativePath(root, file).Replace('\\', '/') : NotFoundPage;
            content = ReloadScript.Inject(content, state.Build, servedFile);
        }
        Send(response, status, ContentTypes.For(file), content, headOnly, target.SitePath);
    }

    /// <summary>The status and file for a checked request path: 200, 301 (add the slash), 403 or 404.</summary>
    internal (int Status, string? File) Resolve(RequestTarget target)
    {
        // Hidden names (the writer's temporary files, editors' backups) are no part of the site.
        if (target.Segments.Any(segment => segment.StartsWith('.')))
        {
            return (404, null);
        }
        var candidate = Path.GetFullPath(Path.Combine([root, .. target.Segments]));
        if (candidate != root && !candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (403, null);
        }
        if (!StaysInside(target.Segments))
        {
            return (403, null);
        }
        if (Directory.Exists(candidate))
        {
            if (!target.IsFolder && target.Segments.Count > 0)
            {
                return (301, null);
            }
            candidate = Path.Combine(candidate, "index.html");
        }
        return File.Exists(candidate) ? (200, candidate) : (404, null);
    }

    /// <summary>False when a symbolic link on the way to the file points outside the site folder.</summary>
    private bool StaysInside(IReadOnlyList<string> segments)
    {
        var path = root;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!entry.Exists)
            {
                return true;
            }
            if (entry.LinkTarget is not null)
            {
                var final = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (final is null || (final != root && !final.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private void Send(HttpListenerResponse response, int status, string contentType, byte[] body, bool headOnly, string sitePath)
    {
        response.StatusCode = status;
        foreach (var (name, value) in headersFor(sitePath))
        {
            response.Headers[name] = value;
        }
        // Always ask again: the preview's files change under the browser's cache.
        response.Headers["Cache-Control"] = "no-cache";
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!headOnly && body.Length > 0)
        {
            response.OutputStream.Write(body);
        }
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
