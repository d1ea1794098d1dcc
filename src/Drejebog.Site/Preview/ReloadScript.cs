using System.Text;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The one line the preview adds to every page it serves: a same-origin module script, so the
/// site's Content-Security-Policy (<c>script-src 'self'</c>) allows it unchanged. The build id and
/// the page's file travel in its URL, where the script reads them from <c>import.meta.url</c>.
/// </summary>
internal static class ReloadScript
{
    public const string Path = PreviewServer.Prefix + "reload.js";

    public static string Tag(string build, string file) =>
        $"<script type=\"module\" src=\"{Path}?build={Uri.EscapeDataString(build)}&amp;file={Uri.EscapeDataString(file)}\"></script>";

    /// <summary>Adds the script before <c>&lt;/head&gt;</c>, or at the end of a page without one.</summary>
    public static byte[] Inject(byte[] page, string build, string file)
    {
        var html = Encoding.UTF8.GetString(page);
        var tag = Tag(build, file);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(head < 0 ? html + tag : string.Concat(html.AsSpan(0, head), tag, "\n", html.AsSpan(head)));
    }
}
