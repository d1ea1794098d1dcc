using System.Text;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// What the preview answers one request with, before it is written to the connection: status,
/// content type, body and any headers of its own. The site's headers are added when it is sent.
/// </summary>
internal sealed record Reply(int Status, string ContentType, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public const string PlainText = "text/plain; charset=utf-8";

    /// <summary>A short Danish message for the reader.</summary>
    public static Reply Text(int status, string message) => new(status, PlainText, Encoding.UTF8.GetBytes(message));

    /// <summary>301 to <paramref name="location"/>, a path on this server.</summary>
    public static Reply MovedTo(string location) => new(301, PlainText, [], new Dictionary<string, string> { ["Location"] = location });
}
