using System.Text;
using Drejebog.Site.Assets;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// The reply for a GET or HEAD of a checked path: the preview's own files under
/// <see cref="PreviewServer.Prefix"/>, or a file of the site. Pages get the reload script, or the
/// error page while the last rebuild failed; other files carry an ETag, so an unchanged one is
/// answered with 304 and a reload is quick. The files on disk stay exactly what <c>build</c> writes.
/// </summary>
internal sealed class SiteResponder(SiteFolder folder, PreviewState state)
{
    public Reply For(RequestTarget target, string? ifNoneMatch)
    {
        if (target.SitePath.StartsWith(PreviewServer.Prefix, StringComparison.Ordinal))
        {
            var asset = PreviewAssets.Find(target.SitePath[PreviewServer.Prefix.Length..]);
            return asset is null ? Reply.Text(404, "Findes ikke.") : new Reply(200, asset.ContentType, asset.Content);
        }
        return folder.Resolve(target) switch
        {
            (301, _) => Reply.MovedTo(target.RawPath + "/" + target.Query),
            (403, _) => Reply.Text(403, "Adgang nægtet."),
            (200, { } file) => File(200, file, ifNoneMatch),
            _ => File(404, folder.NotFoundFile, ifNoneMatch),
        };
    }

    /// <summary>The reply for a file that <see cref="SiteFolder.Resolve"/> named, which a rebuild may have deleted since.</summary>
    internal Reply File(int status, string file, string? ifNoneMatch)
    {
        var current = state.Current;
        var contentType = ContentTypes.For(file);
        var isPage = file.EndsWith(".html", StringComparison.Ordinal);
        if (isPage && current.Errors.Count > 0)
        {
            return new Reply(500, contentType, Encoding.UTF8.GetBytes(ErrorPage.Render(current.Errors, current.Sources, ReloadScript.Tag(current.Build, ""))));
        }

        byte[] content;
        try
        {
            content = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return Reply.Text(404, "Siden findes ikke (endnu).");
        }
        if (isPage)
        {
            var servedFile = status == 200 ? folder.Relative(file) : SiteFolder.NotFoundPage;
            return new Reply(status, contentType, ReloadScript.Inject(content, current.Build, servedFile));
        }

        // Taken from the bytes sent, not the file's size and time, which a rebuild can change or
        // delete between reading one and the other.
        var tag = $"\"{ContentHash.Of(content)}\"";
        var headers = new Dictionary<string, string> { ["ETag"] = tag };
        return ifNoneMatch == tag ? new Reply(304, contentType, [], headers) : new Reply(status, contentType, content, headers);
    }
}
