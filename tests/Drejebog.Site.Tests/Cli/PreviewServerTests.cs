using Drejebog.Site.Cli;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>The preview server: loopback only, folder URLs, 404 page, and nothing outside the site folder.</summary>
public sealed class PreviewServerTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly string site;

    public PreviewServerTests()
    {
        site = Path.Combine(temp.Path, "site");
        temp.Write("site/index.html", "<h1>Forside</h1>");
        temp.Write("site/milepaele/fejring/index.html", "<h1>Fejring</h1>");
        temp.Write("site/404.html", "<h1>Siden findes ikke</h1>");
        temp.Write("hemmelig.txt", "må ikke vises");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Serves_pages_on_the_loopback_address()
    {
        using var server = PreviewServer.Start(site, port: 0);
        using var client = new HttpClient();

        Assert.StartsWith("http://127.0.0.1:", server.Address, StringComparison.Ordinal);
        var response = await client.GetAsync(new Uri(server.Address + "milepaele/fejring/"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<h1>Fejring</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_paths_get_the_404_page_with_status_404()
    {
        using var server = PreviewServer.Start(site, port: 0);
        using var client = new HttpClient();

        var response = await client.GetAsync(new Uri(server.Address + "findes-ikke/"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Siden findes ikke</h1>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../hemmelig.txt")]
    [InlineData("/%2e%2e/hemmelig.txt")]
    [InlineData("/milepaele/../../hemmelig.txt")]
    public void Paths_outside_the_site_folder_are_never_served(string urlPath)
    {
        using var server = PreviewServer.Start(site, port: 0);

        var (path, status) = server.Resolve(urlPath);

        Assert.Equal(404, status);
        Assert.Equal(Path.Combine(site, "404.html"), path);
    }

    [Fact]
    public void Folder_urls_serve_their_index_page()
    {
        using var server = PreviewServer.Start(site, port: 0);

        Assert.Equal((Path.Combine(site, "index.html"), 200), server.Resolve("/"));
        Assert.Equal((Path.Combine(site, "milepaele", "fejring", "index.html"), 200), server.Resolve("/milepaele/fejring/"));
    }
}
