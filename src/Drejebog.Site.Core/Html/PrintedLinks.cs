using System.Text;

namespace Drejebog.Site.Html;

/// <summary>
/// A page as it is printed to PDF: a link to another page of the site (<c>href="/milepaele/"</c>)
/// is resolved against the page's published address, its <c>rel="canonical"</c> link, so the PDF
/// leads readers to the site rather than to the loopback server Chromium printed from. Links within
/// the page (<c>#…</c>), absolute links and the page's own resources are left as they are.
/// </summary>
public static class PrintedLinks
{
    /// <summary>The page with its links to the site made absolute; unchanged when it names no published address.</summary>
    public static string Resolve(string html)
    {
        if (CanonicalAddress(html) is not { } address)
        {
            return html;
        }
        var scanner = new HtmlScanner(html);
        var printed = new StringBuilder(html.Length + 1024);
        for (var token = scanner.Next(); token.Kind != HtmlTokenKind.EndOfFile; token = scanner.Next())
        {
            var attributes = scanner.Attributes(token);
            if (token.Kind == HtmlTokenKind.StartTag && token.Name == "a" && IsSitePath(attributes.Get("href")))
            {
                printed.Append("<a");
                attributes.AppendTo(printed, (name, value) => name == "href" && Uri.TryCreate(address, value, out var resolved) ? resolved.AbsoluteUri : value);
                printed.Append(token.SelfClosing ? " />" : ">");
            }
            else
            {
                printed.Append(html, token.Start, token.Length);
            }
        }
        return printed.ToString();
    }

    private static bool IsSitePath(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    private static Uri? CanonicalAddress(string html)
    {
        var scanner = new HtmlScanner(html);
        for (var token = scanner.Next(); token.Kind != HtmlTokenKind.EndOfFile; token = scanner.Next())
        {
            if (token.Kind == HtmlTokenKind.StartTag && token.Name == "link")
            {
                var attributes = scanner.Attributes(token);
                if (attributes.Get("rel") == "canonical"
                    && Uri.TryCreate(attributes.Get("href"), UriKind.Absolute, out var address)
                    && address.Scheme is "https" or "http")
                {
                    return address;
                }
            }
        }
        return null;
    }
}
