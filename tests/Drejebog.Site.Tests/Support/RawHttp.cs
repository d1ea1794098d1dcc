using System.Net.Sockets;
using System.Text;

namespace Drejebog.Site.Tests.Support;

/// <summary>
/// HTTP/1.1 requests written byte for byte on a TCP connection. HttpClient (through Uri)
/// normalises <c>/../</c> and <c>%2e</c> away before sending, so it cannot test how a server
/// treats the request targets an attacker would send.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> GetAsync(int port, string target, string host = "127.0.0.1", string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = new MemoryStream();
        await stream.CopyToAsync(response, timeout.Token);
        return RawResponse.Parse(response.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="request"/> piece by piece while reading, as a hostile client would:
    /// the server may answer and close the connection long before the whole request is sent.
    /// Reads until the server closes the connection or <paramref name="hangGuard"/> has passed.
    /// </summary>
    public static async Task<RawExchange> SendAsync(int port, IEnumerable<byte[]> request, TimeSpan? hangGuard = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        using var timeout = new CancellationTokenSource(hangGuard ?? TimeSpan.FromSeconds(20));
        var reading = ReadUntilClosedAsync(stream, timeout.Token);
        try
        {
            foreach (var piece in request)
            {
                await stream.WriteAsync(piece, timeout.Token);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException)
        {
            // The server stopped reading and closed the connection: what it answered is read below.
        }
        var (received, closed) = await reading;
        return new RawExchange(received.Length == 0 ? null : RawResponse.Parse(received), closed);
    }

    /// <summary>A request line and headers for <paramref name="port"/>, without the blank line that ends them.</summary>
    public static byte[] Head(int port, string method = "GET", string target = "/") =>
        Encoding.Latin1.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n");

    private static async Task<(byte[] Received, bool Closed)> ReadUntilClosedAsync(NetworkStream stream, CancellationToken timeout)
    {
        using var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            while (await stream.ReadAsync(buffer, timeout) is var count and > 0)
            {
                received.Write(buffer, 0, count);
            }
            return (received.ToArray(), true);
        }
        catch (IOException)
        {
            // Reset by the server, which closed with part of the request unread.
            return (received.ToArray(), true);
        }
        catch (OperationCanceledException)
        {
            return (received.ToArray(), false);
        }
    }
}

/// <summary>What the server answered, if anything, and whether it closed the connection.</summary>
internal sealed record RawExchange(RawResponse? Response, bool Closed);

internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RawResponse Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (end < 0 ? text : text[..end]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = head.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawResponse(status, headers, end < 0 ? "" : text[(end + 4)..]);
    }
}
