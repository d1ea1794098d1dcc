using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// A WebDriver BiDi connection (JSON commands and answers over a WebSocket), just the commands the
/// Firefox engine sends. Events are not subscribed to: the engine harness reports page problems itself.
/// </summary>
internal sealed class BiDiConnection : IAsyncDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> waiting = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int lastId;

    public static async Task<BiDiConnection> OpenAsync(Uri address)
    {
        var connection = new BiDiConnection();
        await connection.socket.ConnectAsync(address, CancellationToken.None);
        connection.receiving = connection.ReceiveAsync();
        return connection;
    }

    /// <summary>Sends <paramref name="method"/> and returns its result, or throws with the error the browser gave.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, closing.Token);
        }
        finally
        {
            sending.Release();
        }
        var reply = await answer.Task.WaitAsync(CommandLimit);
        if (reply.GetProperty("type").GetString() == "error")
        {
            throw new InvalidOperationException($"Firefox (WebDriver BiDi) refused {method}: {reply.GetProperty("error").GetString()}: {reply.GetProperty("message").GetString()}");
        }
        return reply.GetProperty("result");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, closing.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }
                var root = JsonDocument.Parse(message.ToArray()).RootElement;
                message.SetLength(0);
                if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && waiting.TryRemove(id.GetInt32(), out var answer))
                {
                    answer.SetResult(root);
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            // The browser went away or the connection is closing; waiting commands fail below.
        }
        foreach (var (_, answer) in waiting)
        {
            answer.TrySetException(new InvalidOperationException("The WebDriver BiDi connection to Firefox closed."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        if (receiving is not null)
        {
            await receiving;
        }
        socket.Dispose();
        sending.Dispose();
        closing.Dispose();
    }
}
