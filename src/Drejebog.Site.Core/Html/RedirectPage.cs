using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Drejebog.Site.Html;

/// <summary>
/// The small HTML page written at a former URL, for hosts that do not read Netlify's
/// <c>_redirects</c>: it sends the browser on at once with <c>meta refresh</c> (no script, so it
/// passes the site's Content-Security-Policy), names the new address as canonical, asks search
/// engines not to index it, and shows a plain Danish link for anyone it does not send on.
/// It has no <c>data-pagefind-body</c>, so Pagefind does not index it.
/// </summary>
public static class RedirectPage
{
    // Danish letters stay readable; markup characters are encoded (as in the templates).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="targetUrl">The page's URL now, e.g. <c>/milepaele/nyt-id/</c>.</param>
    /// <param name="targetTitle">The page's title, the text of the link.</param>
    /// <param name="baseUrl">The site's public address, for the canonical link.</param>
    /// <param name="siteTitle">The site's title, for <c>&lt;title&gt;</c>.</param>
    public static string Render(string targetUrl, string targetTitle, string baseUrl, string siteTitle)
    {
        var url = Encoder.Encode(targetUrl);
        return $"""
            <!DOCTYPE html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Siden er flyttet – {Encoder.Encode(siteTitle)}</title>
              <meta name="robots" content="noindex">
              <link rel="canonical" href="{Encoder.Encode(baseUrl + targetUrl)}">
              <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
              <main>
                <h1>Siden er flyttet</h1>
                <p>Siden har fået en ny adresse: <a href="{url}">{Encoder.Encode(targetTitle)}</a>.</p>
              </main>
            </body>
            </html>

            """;
    }
}
