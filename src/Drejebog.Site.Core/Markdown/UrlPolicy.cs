using Markdig.Helpers;

namespace Drejebog.Site.Markdown;

/// <summary>
/// Which URLs content may contain: <c>http</c>, <c>https</c>, <c>mailto</c>, <c>tel</c> and paths on
/// the site. The scheme is read as a browser would read it (leading spaces and control characters
/// dropped, tabs and line breaks removed anywhere), and again after decoding HTML entities and
/// percent-escapes, so that <c>JaVaScRiPt:</c>, <c>java&amp;#x09;script:</c> and <c>%6aavascript:</c> are caught.
/// </summary>
public static class UrlPolicy
{
    /// <summary>The standard URL that goes nowhere, put where a URL could not be made (the build then fails); the page guard lets it pass.</summary>
    public const string Inert = "about:invalid";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when <paramref name="url"/> may be published.</summary>
    public static bool IsAllowed(string url) => RefusedPart(url) is null;

    /// <summary>What makes <paramref name="url"/> unsafe, in lower case (<c>javascript:</c>, <c>//</c>), or null when it may be published.</summary>
    public static string? RefusedPart(string url)
    {
        // Markdig knows every HTML5 entity (`&colon;` too), as browsers do.
        var decoded = HtmlHelper.Unescape(url, removeBackSlash: false);
        return RefusedAsWritten(url)
            ?? RefusedAsWritten(decoded)
            ?? RefusedAsWritten(Uri.UnescapeDataString(url))
            ?? RefusedAsWritten(Uri.UnescapeDataString(decoded));
    }

    /// <summary>
    /// The URL as a message shows it: on one line (control characters as <c>\u0009</c>) and at most
    /// <see cref="MessageLength"/> characters, so a tab, a line break or a huge <c>data:</c> URL cannot break the report.
    /// </summary>
    public static string ForMessage(string url)
    {
        var shown = url.Length > MessageLength ? url[..MessageLength] + "…" : url;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }

    public const int MessageLength = 100;

    /// <summary>
    /// A quick yes for the common shapes that no decoding can turn into a scheme (<c>#x</c>,
    /// <c>/x…</c>, <c>https://…</c>), so the page guard need not decode every link of every page.
    /// </summary>
    public static bool IsPlainlySafe(ReadOnlySpan<char> url) =>
        url.SequenceEqual(Inert) || url.StartsWith("#") || url.StartsWith("https://", StringComparison.Ordinal)
        || (url.StartsWith("/") && (url.Length == 1 || char.IsAsciiLetterOrDigit(url[1])));

    private static string? RefusedAsWritten(string url)
    {
        var normal = Normalise(url);
        // `//host` and `/\host` leave the site without saying how; `https://host` says it.
        if (normal.StartsWith("//", StringComparison.Ordinal))
        {
            return "//";
        }
        var scheme = Scheme(normal);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
            ? null
            : scheme.ToLowerInvariant() + ":";
    }

    /// <summary>What a browser parses: no leading C0 controls or spaces, no tabs or line breaks, <c>\</c> read as <c>/</c>.</summary>
    private static string Normalise(string url)
    {
        var start = 0;
        while (start < url.Length && url[start] <= ' ')
        {
            start++;
        }
        return string.Concat(url[start..].Where(c => c is not ('\t' or '\n' or '\r'))).Replace('\\', '/');
    }

    /// <summary>The scheme before the first <c>:</c> (letters, digits, <c>+ - .</c>, starting with a letter), or null for a path.</summary>
    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }
        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
            {
                return null;
            }
        }
        return url[..colon];
    }
}
