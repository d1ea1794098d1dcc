using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// Accepts an open page's reload connection (<c>/_preview/socket</c>). A WebSocket is not bound by
/// the same-origin policy, so a page on any other site could open one to 127.0.0.1; only pages of
/// the preview's own origin may listen.
/// </summary>
internal static class ReloadSocket
{
    /// <summary>
    /// True for the preview's own origin, and for clients that send none: browsers always send
    /// one, so a request without it is no page of another site.
    /// </summary>
    public static bool Allows(string? origin, string address) =>
        origin is null || string.Equals(origin.TrimEnd('/'), address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Keeps the connection until it closes, or refuses it: 403 for another origin, 503 when too many pages are open.</summary>
    public static async Task ServeAsync(HttpContext context, string address, ReloadChannel reloads, PreviewState state)
    {
        if (!Allows(context.Request.Headers.Origin, address))
        {
            context.Response.StatusCode = 403;
            return;
        }
        WebSocket socket;
        try
        {
            socket = await context.WebSockets.AcceptWebSocketAsync();
        }
        catch (InvalidOperationException)
        {
            // Kestrel's limit of open WebSockets (PreviewLimits.MaxReloadSockets) is reached.
            context.Response.StatusCode = 503;
            return;
        }
        await reloads.ServeAsync(socket, state.Hello());
    }
}
