using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.FrontMatter;

/// <summary><c>redirect_from</c>: what a former URL may look like, how it is normalised, and where a bad one is reported.</summary>
public sealed class RedirectReaderTests
{
    private const string Start = "input/milepaele/1-01-start.md";

    [Theory]
    [InlineData("/gammel/sti/", "/gammel/sti/")]
    [InlineData("/gammel/sti", "/gammel/sti/")]
    [InlineData("/Drejebog/Fase_1.aspx", "/Drejebog/Fase_1.aspx/")]
    [InlineData("/gammel.html", "/gammel.html")]
    [InlineData("/bilag/v2.0~udkast/", "/bilag/v2.0~udkast/")]
    [InlineData("/", "/")]
    public void Former_urls_are_normalised_to_a_folder_url_unless_they_end_in_html(string written, string normalised)
    {
        var problems = new List<string>();

        var url = RedirectReader.Normalise(written, (code, _) => problems.Add(code.Code));

        Assert.Equal(normalised, url);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("gammel/sti/")]
    [InlineData("https://drejebog.netlify.app/gammel/")]
    [InlineData("//andet-site.dk/gammel/")]
    public void A_former_url_must_be_a_path_on_the_site(string written)
    {
        var result = Start_with("redirect_from:", $"  - {written}");

        DiagnosticAssert.Only(result, Start, 14, 5, ErrorCodes.RedirectNotSitePath, written);
    }

    [Theory]
    [InlineData("/gammel/?side=2", "?", "/gammel/")]
    [InlineData("/gammel#afsnit", "#", "/gammel/")]
    public void A_former_url_has_no_query_or_anchor(string written, string character, string suggestion)
    {
        var result = Start_with("redirect_from:", $"  - \"{written}\"");

        DiagnosticAssert.Only(result, Start, 14, 5, ErrorCodes.RedirectWithQuery, written, character, suggestion);
    }

    [Theory]
    [InlineData("/gammel//sti/")]
    [InlineData("/gammel/../hemmelig/")]
    [InlineData("/gammel/./sti/")]
    [InlineData("/gammel sti/")]
    [InlineData("/milepæle/gammel/")]
    [InlineData("/gammel/*")]
    [InlineData("/gammel/:id/")]
    [InlineData("/gammel%20sti/")]
    public void A_former_url_uses_only_plain_path_characters(string written)
    {
        var result = Start_with("redirect_from:", $"  - \"{written}\"");

        DiagnosticAssert.Only(result, Start, 14, 5, ErrorCodes.RedirectInvalidPath, written);
    }

    [Fact]
    public void Every_bad_former_url_in_a_list_is_reported_at_its_own_line()
    {
        var result = Start_with("redirect_from:", "  - /god/", "  - gammel/", "  - /også gammel/");

        Assert.Equal(
        [
            DiagnosticAssert.Error(Start, 15, 5, ErrorCodes.RedirectNotSitePath, "gammel/"),
            DiagnosticAssert.Error(Start, 16, 5, ErrorCodes.RedirectInvalidPath, "/også gammel/"),
        ], result.Diagnostics);
    }

    [Fact]
    public void A_single_former_url_may_be_written_without_a_list()
    {
        var result = Start_with("redirect_from: /gammel-start/");

        DiagnosticAssert.Clean(result);
        Assert.Contains(result.Files, f => f.OutputPath == "gammel-start/index.html");
    }

    [Fact]
    public void A_former_url_that_is_not_text_is_reported_at_the_item()
    {
        var result = Start_with("redirect_from:", "  - sti: /gammel/");

        DiagnosticAssert.Only(result, Start, 14, 5, ErrorCodes.WrongType, "redirect_from", "en sti eller en liste af stier");
    }

    [Fact]
    public void Every_kind_of_page_accepts_redirect_from()
    {
        var result = TestSite.Minimal()
            .InsertLine("input/om.md", 5, "redirect_from: [/gammel-om/]")
            .InsertLine("input/faser/planlaegning.md", 10, "redirect_from: [/gammel-fase/]")
            .InsertLine("input/roller/programejer.md", 6, "redirect_from: [/gammel-rolle/]")
            .InsertLine(Start, 13, "redirect_from: [/gammel-milepael/]")
            .Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(["gammel-fase/index.html", "gammel-milepael/index.html", "gammel-om/index.html", "gammel-rolle/index.html"],
            result.Files.Select(f => f.OutputPath).Where(p => p.StartsWith("gammel-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>The milestone <c>start</c> with these lines added at the end of its front matter (line 13 on).</summary>
    private static Build.BuildResult Start_with(params string[] lines)
    {
        var site = TestSite.Minimal();
        for (var i = 0; i < lines.Length; i++)
        {
            site = site.InsertLine(Start, 13 + i, lines[i]);
        }
        return site.Build();
    }
}
