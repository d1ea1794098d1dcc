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
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when <paramref name="url"/> may be published.</summary>
    public static bool IsAllowed(string url)
    {
        // Markdig knows every HTML5 entity (`&colon;` too), as browsers do.
        var decoded = HtmlHelper.Unescape(url, removeBackSlash: false);
        return IsAllowedAsWritten(url)
            && IsAllowedAsWritten(decoded)
            && IsAllowedAsWritten(Uri.UnescapeDataString(url))
            && IsAllowedAsWritten(Uri.UnescapeDataString(decoded));
    }

    private static bool IsAllowedAsWritten(string url)
    {
        var normal = Normalise(url);
        // `//host` and `/\host` leave the site without saying how; `https://host` says it.
        if (normal.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        var scheme = Scheme(normal);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
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
