using System.Net;

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

    /// <summary>Keeps the connection until it closes; false when it was refused (403).</summary>
    public static async Task<bool> ServeAsync(HttpListenerContext context, string address, ReloadChannel reloads, PreviewState state)
    {
        if (!Allows(context.Request.Headers["Origin"], address))
        {
            context.Response.StatusCode = 403;
            return false;
        }
        var socket = await context.AcceptWebSocketAsync(subProtocol: null);
        await reloads.ServeAsync(socket.WebSocket, state.Hello());
        return true;
    }
}
