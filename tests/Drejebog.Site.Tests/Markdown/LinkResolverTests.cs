using Drejebog.Site.Markdown;

namespace Drejebog.Site.Tests.Markdown;

public sealed class LinkResolverTests
{
    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("mailto:a@b.dk", true)]
    [InlineData("tel:+4512345678", true)]
    [InlineData("//cdn.example.org/x.js", true)]
    [InlineData("/organisering/", false)]
    [InlineData("../roller/programleder.md", false)]
    [InlineData("#faseplan", false)]
    [InlineData("1-11-programbeskrivelse-godkendt.md", false)]
    [InlineData("fil:navn.md", true)]
    [InlineData("a/b:c.md", false)]
    public void External_links_are_those_with_a_scheme_or_host(string href, bool external) =>
        Assert.Equal(external, LinkResolver.IsExternal(href));

    [Theory]
    [InlineData("milepaele/1-01-a.md", "1-02-b.md", "milepaele/1-02-b.md")]
    [InlineData("milepaele/1-01-a.md", "../roller/programleder.md", "roller/programleder.md")]
    [InlineData("milepaele/1-01-a.md", "./../om-drejebogen.md", "om-drejebogen.md")]
    [InlineData("index.md", "faser/planlaegning.md", "faser/planlaegning.md")]
    [InlineData("index.md", "../../x.md", "x.md")]
    public void Relative_paths_resolve_from_the_linking_file(string from, string relative, string expected) =>
        Assert.Equal(expected, LinkResolver.ResolveRelativePath(from, relative));

    [Theory]
    [InlineData("a.md#faseplan", "a.md", "faseplan")]
    [InlineData("a.md", "a.md", null)]
    [InlineData("#milep%C3%A6le", "", "milepæle")]
    public void Fragment_is_split_off_and_unescaped(string href, string path, string? fragment) =>
        Assert.Equal((path, fragment), LinkResolver.SplitFragment(href));

    [Theory]
    [InlineData("/milepaele/start/", "../plan/?rolle=x#m%C3%A5l", "/milepaele/plan/", "mål")]
    [InlineData("/milepaele/start/", "/organisering/", "/organisering/", null)]
    [InlineData("/milepaele/start/", "#leverancer", "/milepaele/start/", "leverancer")]
    [InlineData("/milepaele/start/", "?rolle=programleder", "/milepaele/start/", null)]
    [InlineData("/", "bilag/fredericia/", "/bilag/fredericia/", null)]
    [InlineData("/om/", "/bilag/skabelon%20ny.docx", "/bilag/skabelon ny.docx", null)]
    public void Targets_are_site_paths_without_query_with_the_anchor_apart(string pageUrl, string href, string path, string? fragment) =>
        Assert.Equal((path, fragment), LinkResolver.Target(pageUrl, href));
}
