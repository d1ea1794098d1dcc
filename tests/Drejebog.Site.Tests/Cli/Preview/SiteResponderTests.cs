using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>
/// The replies for the site's files while a rebuild may be replacing or deleting them: the ETag
/// follows what is sent, and a file gone since it was resolved is a 404, not a broken response.
/// </summary>
public sealed class SiteResponderTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly SiteFolder folder;
    private readonly SiteResponder responder;

    public SiteResponderTests()
    {
        temp.Write("site/assets/site.css", "body {}");
        temp.Write("site/404.html", "<html><head></head><body><h1>Siden findes ikke</h1></body></html>");
        folder = new SiteFolder(temp.Combine("site"));
        responder = new SiteResponder(folder, new PreviewState());
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void An_asset_deleted_by_a_rebuild_after_it_was_resolved_is_answered_with_404()
    {
        var (status, file) = folder.Resolve(RequestTarget.Parse("/assets/site.css")!);
        File.Delete(file!);

        var reply = responder.File(status, file!, ifNoneMatch: null);

        Assert.Equal(404, reply.Status);
    }

    [Fact]
    public void An_asset_rewritten_with_the_same_size_and_time_gets_a_new_etag()
    {
        var target = RequestTarget.Parse("/assets/site.css")!;
        var first = responder.For(target, ifNoneMatch: null);
        var path = temp.Combine("site", "assets", "site.css");
        var written = File.GetLastWriteTimeUtc(path);

        // A file system with coarse timestamps (or a copy that keeps them) shows no change in time.
        File.WriteAllText(path, "main {}");
        File.SetLastWriteTimeUtc(path, written);
        var second = responder.For(target, first.Headers!["ETag"]);

        Assert.Equal(200, second.Status);
        Assert.Equal("main {}", System.Text.Encoding.UTF8.GetString(second.Body));
        Assert.NotEqual(first.Headers["ETag"], second.Headers!["ETag"]);
    }

    [Fact]
    public void An_unchanged_asset_is_answered_with_304_and_no_body()
    {
        var target = RequestTarget.Parse("/assets/site.css")!;
        var first = responder.For(target, ifNoneMatch: null);

        var second = responder.For(target, first.Headers!["ETag"]);

        Assert.Equal(304, second.Status);
        Assert.Empty(second.Body);
    }
}
