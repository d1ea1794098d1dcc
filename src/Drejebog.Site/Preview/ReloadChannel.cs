using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The open pages' reload connections. A WebSocket rather than server-sent events: each open page
/// holds its connection for as long as it is open, and browsers allow only six HTTP/1.1
/// connections per host, so a seventh preview tab would stall every request; WebSockets do not
/// count against that limit.
/// </summary>
internal sealed class ReloadChannel : IDisposable
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> sockets = new();
    private readonly CancellationTokenSource closing = new();

    /// <summary>Open connections, for tests.</summary>
    public int Count => sockets.Count;

    /// <summary>Greets a page, then keeps its connection until the page or the server closes it.</summary>
    public async Task ServeAsync(WebSocket socket, ReloadMessage hello)
    {
        var sending = new SemaphoreSlim(1);
        sockets[socket] = sending;
        try
        {
            await SendAsync(socket, sending, hello);
            var buffer = new byte[256];
            // Pages send nothing; reading is how a closed connection is noticed.
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            sockets.TryRemove(socket, out _);
            socket.Dispose();
            sending.Dispose();
        }
    }

    /// <summary>Sends to every open page without waiting for them.</summary>
    public void Publish(ReloadMessage message)
    {
        foreach (var (socket, sending) in sockets)
        {
            _ = SendAsync(socket, sending, message);
        }
    }

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
    }

    // A WebSocket allows one send at a time; the semaphore keeps messages in order.
    private static async Task SendAsync(WebSocket socket, SemaphoreSlim sending, ReloadMessage message)
    {
        try
        {
            await sending.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(SendTimeout);
                await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJson()), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A page that cannot be reached is closed by its receive loop.
        }
    }
}
