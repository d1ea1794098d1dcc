using Drejebog.Site.Cli.Preview;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>The request paths the preview accepts, and every way of escaping the site folder that it refuses.</summary>
public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/", new string[0], true)]
    [InlineData("/milepaele/fejring/", new[] { "milepaele", "fejring" }, true)]
    [InlineData("/milepaele/fejring", new[] { "milepaele", "fejring" }, false)]
    [InlineData("/assets/css/site.css?v=1", new[] { "assets", "css", "site.css" }, false)]
    [InlineData("/s%C3%B8g/", new[] { "søg" }, true)]
    [InlineData("/fil%20med%20mellemrum.txt", new[] { "fil med mellemrum.txt" }, false)]
    [InlineData("/a..b/c...d", new[] { "a..b", "c...d" }, false)]
    public void Ordinary_paths_become_plain_segments(string raw, string[] segments, bool isFolder)
    {
        var target = RequestTarget.Parse(raw);

        Assert.NotNull(target);
        Assert.Equal(segments, target.Segments);
        Assert.Equal(isFolder, target.IsFolder);
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/milepaele/../../etc/passwd")]
    [InlineData("/./index.html")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/etc/passwd")]
    [InlineData("/.%2e/etc/passwd")]
    [InlineData("/..%2fetc/passwd")]
    [InlineData("/..%2Fetc%2Fpasswd")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/%25252e%25252e/etc/passwd")]
    [InlineData("/%c0%ae%c0%ae/etc/passwd")]
    [InlineData("/%e0%80%ae%e0%80%ae/etc/passwd")]
    [InlineData("/..\\etc\\passwd")]
    [InlineData("/%5c..%5cetc%5cpasswd")]
    [InlineData("/%255c..%255cetc")]
    [InlineData("/index.html%00.css")]
    [InlineData("/index.html\0")]
    [InlineData("/%0aSet-Cookie:x")]
    [InlineData("/%zz")]
    [InlineData("/%")]
    [InlineData("//evil.example/")]
    [InlineData("etc/passwd")]
    [InlineData("http://127.0.0.1/../etc/passwd")]
    [InlineData("")]
    public void Paths_that_could_leave_the_site_folder_are_refused(string raw)
    {
        Assert.Null(RequestTarget.Parse(raw));
    }

    [Fact]
    public void The_site_path_is_decoded_once()
    {
        var target = RequestTarget.Parse("/s%C3%B8g/?q=x");

        Assert.Equal("/søg/", target!.SitePath);
        Assert.Equal("?q=x", target.Query);
        Assert.Equal("/s%C3%B8g/", target.RawPath);
    }
}
