using System.Net;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli;

/// <summary>
/// Serves a built site for preview on the loopback address only, so nothing outside this machine
/// can reach it. Folder URLs serve their index.html; unknown paths get 404.html with status 404.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;

    private PreviewServer(string root, int port)
    {
        this.root = Path.GetFullPath(root);
        Port = port;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}/";

    /// <summary>Starts serving; port 0 picks a free port.</summary>
    public static PreviewServer Start(string root, int port)
    {
        var server = new PreviewServer(root, port == 0 ? FreePort() : port);
        server.listener.Start();
        _ = Task.Run(server.ServeAsync);
        return server;
    }

    public void Dispose() => listener.Close();

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
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var (path, status) = Resolve(context.Request.Url?.AbsolutePath ?? "/");
        response.StatusCode = status;
        response.Headers["Cache-Control"] = "no-store";
        if (path is null)
        {
            return;
        }
        response.ContentType = ContentTypes.For(path);
        try
        {
            var bytes = File.ReadAllBytes(path);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (IOException)
        {
            // The site was being rebuilt while it was read; the browser can simply reload.
            response.StatusCode = 503;
        }
    }

    /// <summary>The file for a URL path, or null; paths that leave the site folder are never served.</summary>
    internal (string? Path, int Status) Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        var inside = candidate == root || candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside && Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }
        if (inside && File.Exists(candidate))
        {
            return (candidate, 200);
        }
        var notFound = Path.Combine(root, "404.html");
        return (File.Exists(notFound) ? notFound : null, 404);
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
