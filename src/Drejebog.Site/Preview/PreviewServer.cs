using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Serves the preview with Kestrel on the loopback address only, so nothing outside this machine
/// can reach it, within <see cref="PreviewLimits"/>, and with the site's own security headers on
/// every response. The work is done by small parts: <see cref="RequestTarget"/> refuses request
/// paths that could leave the output folder (400), <see cref="SiteFolder"/> maps the rest to files,
/// <see cref="SiteResponder"/> makes the reply (reload script, error page, 404 page), and
/// <see cref="ReloadSocket"/> keeps the open pages' reload connections.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    /// <summary>URLs under this prefix belong to the preview, not the site.</summary>
    public const string Prefix = "/_preview/";
    public const string SocketPath = Prefix + "socket";

    // Open reload sockets are closed first, so stopping never waits long for a connection.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private readonly SiteResponder responder;
    private readonly Func<string, IReadOnlyDictionary<string, string>> headersFor;
    private WebApplication? app;

    private PreviewServer(string root, Func<string, IReadOnlyDictionary<string, string>> headersFor)
    {
        responder = new SiteResponder(new SiteFolder(root), State);
        this.headersFor = headersFor;
    }

    public int Port { get; private set; }

    public string Address => $"http://127.0.0.1:{Port}/";

    /// <summary>What the pages show: the current build and its errors.</summary>
    public PreviewState State { get; } = new();

    /// <summary>The open pages' reload connections.</summary>
    public ReloadChannel Reloads { get; } = new();

    /// <summary>Starts serving; port 0 picks a free port.</summary>
    /// <param name="root">The output folder.</param>
    /// <param name="port">The port on 127.0.0.1.</param>
    /// <param name="headersFor">The headers the deployed site sends for a path (<c>netlify.toml</c>).</param>
    /// <param name="limits">What one client may cost; <see cref="PreviewLimits.Default"/> unless a test needs less.</param>
    /// <exception cref="IOException">The port is taken or may not be used.</exception>
    public static PreviewServer Start(string root, int port, Func<string, IReadOnlyDictionary<string, string>>? headersFor = null, PreviewLimits? limits = null)
    {
        var server = new PreviewServer(root, headersFor ?? (_ => new Dictionary<string, string>()));
        server.app = Host(port, limits ?? PreviewLimits.Default);
        server.app.UseWebSockets();
        server.app.Run(server.RespondAsync);
        try
        {
            server.app.StartAsync().GetAwaiter().GetResult();
        }
        catch
        {
            server.Dispose();
            throw;
        }
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Port = new Uri(address).Port;
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
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            app.StopAsync(timeout.Token).GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            app = null;
        }
    }

    /// <summary>
    /// Kestrel alone: no configuration files, environment variables or console logging (the
    /// preview prints its own lines), HTTP/1.1 only, on 127.0.0.1.
    /// </summary>
    private static WebApplication Host(int port, PreviewLimits limits)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, PreviewLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            limits.ApplyTo(kestrel.Limits);
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        return builder.Build();
    }

    private async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        try
        {
            // Kestrel answers any Host. A page of another site whose name was rebound to
            // 127.0.0.1 sends its own name, and must not read the preview.
            if (!string.Equals(request.Headers.Host, $"127.0.0.1:{Port}", StringComparison.OrdinalIgnoreCase))
            {
                await SendAsync(context.Response, Reply.Text(421, $"Forhåndsvisningen svarer kun på {Address}"), headOnly: false, "/");
                return;
            }
            // The target as sent: Kestrel's Path has already resolved `..` and decoded `%2e`.
            var target = RequestTarget.Parse(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
            if (target is null)
            {
                await SendAsync(context.Response, Reply.Text(400, "Ugyldig adresse."), headOnly: false, "/");
            }
            else if (target.SitePath == SocketPath && context.WebSockets.IsWebSocketRequest)
            {
                await ReloadSocket.ServeAsync(context, Address, Reloads, State);
            }
            else if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                var refused = Reply.Text(405, "Kun GET og HEAD.") with { Headers = new Dictionary<string, string> { ["Allow"] = "GET, HEAD" } };
                await SendAsync(context.Response, refused, headOnly: false, target.SitePath);
            }
            else
            {
                var reply = responder.For(target, request.Headers.IfNoneMatch);
                await SendAsync(context.Response, reply, headOnly: HttpMethods.IsHead(request.Method) || reply.Status == 304, target.SitePath);
            }
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or OperationCanceledException or WebSocketException)
        {
            // The browser went away, or the server is stopping.
        }
    }

    private async Task SendAsync(HttpResponse response, Reply reply, bool headOnly, string sitePath)
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
        response.Headers.CacheControl = "no-cache";
        response.ContentType = reply.ContentType;
        response.ContentLength = reply.Body.Length;
        if (!headOnly && reply.Body.Length > 0)
        {
            await response.Body.WriteAsync(reply.Body, response.HttpContext.RequestAborted);
        }
    }
}
