using System.Net;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary><see cref="LoopbackFileServer"/>: the files of one folder on loopback, and a note of every file asked for.</summary>
public sealed class LoopbackFileServerTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly HttpClient client = new();

    [Fact]
    public async Task It_serves_pages_and_files_with_their_types_and_notes_what_was_asked_for()
    {
        temp.Write("site/hele-drejebogen/index.html", "<h1>Hele</h1>");
        temp.Write("site/assets/css/whole.css", "h1 {}");
        OutputMarker.Write(temp.Combine("site"));
        using var server = new LoopbackFileServer(temp.Combine("site"));

        var page = await client.GetAsync(server.Address("/hele-drejebogen/"));
        var css = await client.GetAsync(server.Address("/assets/css/whole.css?v=1"));
        var missing = await client.GetAsync(server.Address("/assets/css/mangler.css"));
        var hidden = await client.GetAsync(server.Address("/" + OutputMarker.FileName));
        var climbing = await client.GetAsync(server.Address("/assets/%2e%2e/%2e%2e/" + OutputMarker.FileName));

        Assert.Equal("127.0.0.1", server.Address("/").Host);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("<h1>Hele</h1>", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, climbing.StatusCode);
        Assert.Equal(["assets/css/mangler.css", "assets/css/whole.css", "hele-drejebogen/index.html"], server.Requested);
    }

    [Fact]
    public async Task A_replaced_file_is_served_with_its_replacement_and_the_file_on_disk_is_untouched()
    {
        temp.Write("site/hele-drejebogen/index.html", "<h1>Hele</h1>");
        temp.Write("site/ordliste/index.html", "<h1>Ordliste</h1>");
        using var server = new LoopbackFileServer(temp.Combine("site"), new Dictionary<string, byte[]> { ["hele-drejebogen/index.html"] = "<h1>Trykt</h1>"u8.ToArray() });

        var page = await client.GetStringAsync(server.Address("/hele-drejebogen/"));
        var other = await client.GetStringAsync(server.Address("/ordliste/"));

        Assert.Equal("<h1>Trykt</h1>", page);
        Assert.Equal("<h1>Ordliste</h1>", other);
        Assert.Equal("<h1>Hele</h1>", File.ReadAllText(temp.Combine("site", "hele-drejebogen", "index.html")));
        Assert.Equal(["hele-drejebogen/index.html", "ordliste/index.html"], server.Requested);
    }

    public void Dispose()
    {
        client.Dispose();
        temp.Dispose();
    }
}
