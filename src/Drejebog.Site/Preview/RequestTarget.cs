using System.Text;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The path of a request, checked before it may name a file. The raw request target is
/// percent-decoded strictly (valid UTF-8 only, so no overlong forms such as <c>%c0%ae</c>), and it
/// is refused when the raw path or any decoding of it, once or repeatedly (<c>%252e</c>), has a
/// <c>.</c> or <c>..</c> segment, a backslash, or a control character such as NUL. What is left is
/// a list of plain names below the site folder.
/// </summary>
internal sealed record RequestTarget(IReadOnlyList<string> Segments, bool IsFolder, string RawPath, string Query)
{
    // Deeper than any legitimate URL is encoded; a target still encoded after this many rounds is refused.
    private const int MaxDecodings = 4;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The URL path as the site knows it: <c>/milepaele/fejring/</c>.</summary>
    public string SitePath => "/" + string.Join('/', Segments) + (IsFolder && Segments.Count > 0 ? "/" : "");

    /// <summary>The target, or null when it must be refused.</summary>
    public static RequestTarget? Parse(string rawTarget)
    {
        var end = rawTarget.IndexOfAny(['?', '#']);
        var rawPath = end < 0 ? rawTarget : rawTarget[..end];
        var query = end < 0 || rawTarget[end] == '#' ? "" : rawTarget[end..];
        // `//host/…` would be a scheme-relative URL in a Location header; no page has one.
        if (!rawPath.StartsWith('/') || rawPath.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        string? decodedOnce = null;
        var current = rawPath;
        for (var round = 0; ; round++)
        {
            if (!IsPlain(current))
            {
                return null;
            }
            if (!current.Contains('%', StringComparison.Ordinal))
            {
                break;
            }
            if (round == MaxDecodings)
            {
                return null;
            }
            var decoded = Decode(current);
            if (decoded is null)
            {
                return null;
            }
            decodedOnce ??= decoded;
            current = decoded;
        }

        var path = decodedOnce ?? rawPath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return new RequestTarget(segments, path.EndsWith('/'), rawPath, query);
    }

    /// <summary>No backslash, no control character, and no <c>.</c> or <c>..</c> segment.</summary>
    private static bool IsPlain(string path)
    {
        foreach (var c in path)
        {
            if (c == '\\' || char.IsControl(c))
            {
                return false;
            }
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Percent-decodes into UTF-8; null for a malformed escape or bytes that are not valid UTF-8.</summary>
    private static string? Decode(string path)
    {
        var bytes = new List<byte>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%')
            {
                if (i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2]))
                {
                    return null;
                }
                bytes.Add(Convert.ToByte(path.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                // A browser escapes everything beyond ASCII; a raw character is taken as its UTF-8.
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
