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
}

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
