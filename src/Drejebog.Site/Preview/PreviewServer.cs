using System.Net;
using System.Net.WebSockets;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Serves the preview on the loopback address only, so nothing outside this machine can reach it,
/// with the site's own security headers on every response. The work is done by small parts:
/// <see cref="RequestTarget"/> refuses request paths that could leave the output folder (400),
/// <see cref="SiteFolder"/> maps the rest to files, <see cref="SiteResponder"/> makes the reply
/// (reload script, error page, 404 page), and <see cref="ReloadSocket"/> keeps the open pages'
/// reload connections.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    /// <summary>URLs under this prefix belong to the preview, not the site.</summary>
    public const string Prefix = "/_preview/";
    public const string SocketPath = Prefix + "socket";

    private readonly HttpListener listener = new();
    private readonly SiteResponder responder;
    private readonly Func<string, IReadOnlyDictionary<string, string>> headersFor;

    private PreviewServer(string root, int port, Func<string, IReadOnlyDictionary<string, string>> headersFor)
    {
        responder = new SiteResponder(new SiteFolder(root), State);
        this.headersFor = headersFor;
        Port = port;
        // HttpListener answers only requests whose Host is this address, which also keeps out a
        // page of another site whose name was rebound to 127.0.0.1.
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
        var upgraded = false;
        try
        {
            var target = RequestTarget.Parse(request.RawUrl ?? "");
            if (target is null)
            {
                Send(context.Response, Reply.Text(400, "Ugyldig adresse."), headOnly: false, "/");
            }
            else if (target.SitePath == SocketPath && request.IsWebSocketRequest)
            {
                upgraded = await ReloadSocket.ServeAsync(context, Address, Reloads, State);
            }
            else if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                var refused = Reply.Text(405, "Kun GET og HEAD.") with { Headers = new Dictionary<string, string> { ["Allow"] = "GET, HEAD" } };
                Send(context.Response, refused, headOnly: false, target.SitePath);
            }
            else
            {
                var reply = responder.For(target, request.Headers["If-None-Match"]);
                Send(context.Response, reply, headOnly: request.HttpMethod == "HEAD" || reply.Status == 304, target.SitePath);
            }
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException or WebSocketException)
        {
            // The browser went away, or the server is stopping.
        }
        finally
        {
            // A WebSocket's connection is closed by the socket; everything else is answered and done.
            if (!upgraded)
            {
                CloseQuietly(context.Response);
            }
        }
    }

    private void Send(HttpListenerResponse response, Reply reply, bool headOnly, string sitePath)
    {
        response.StatusCode = reply.Status;
        foreach (var (name, value) in headersFor(sitePath))
        {
            response.Headers[name] = value;
        }
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }
        // Always ask again: the preview's files change under the browser's cache.
        response.Headers["Cache-Control"] = "no-cache";
        response.ContentType = reply.ContentType;
        response.ContentLength64 = reply.Body.Length;
        if (!headOnly && reply.Body.Length > 0)
        {
            response.OutputStream.Write(reply.Body);
        }
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

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
