using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The page the preview shows instead of every page while the site cannot be built: each error
/// with its file, line and column, and the source line with a marker under the column. Everything from the content is HTML-encoded, and the page keeps
/// the site's CSP (no inline script or style): its stylesheet and reload script are served files.
/// </summary>
internal static class ErrorPage
{
    public const string Title = "Sitet kan ikke bygges";

    // Danish letters stay readable; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(IReadOnlyList<Diagnostic> errors, SourceLines sources, string reloadScript)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{Title} – forhåndsvisning</title>
            <link rel="stylesheet" href="{PreviewServer.Prefix}preview.css">
            {reloadScript}
            </head>
            <body>
            <main>
            <h1>{Title}</h1>
            <p>{(errors.Count == 1 ? "Der er 1 fejl" : $"Der er {errors.Count} fejl")}. Ret {(errors.Count == 1 ? "den" : "dem")} og gem filen; siden viser sig selv igen, så snart sitet kan bygges.</p>
            <ol class="preview-errors">

            """);
        foreach (var error in errors)
        {
            html.Append("<li><code class=\"preview-where\">")
                .Append(Encoder.Encode($"{error.Path}:{error.Line}:{error.Column}"))
                .Append("</code><p class=\"preview-message\">")
                .Append(Encoder.Encode($"{error.Code}: {error.Message}"))
                .Append("</p>");
            if (SourceExcerpt.For(error, sources) is { } excerpt)
            {
                // The line and the marker under its column, aligned as in the terminal.
                // Focusable, since a long line scrolls sideways and a keyboard must be able to scroll it.
                html.Append("<pre class=\"preview-source\" tabindex=\"0\">").AppendJoin('\n', excerpt.Lines.Select(Encoder.Encode)).Append("</pre>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
