using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

public sealed class AddGeneratedPagesTests
{
    [Theory]
    [InlineData("input/soeg.md", "/soeg/", "Søg i drejebogen")]
    [InlineData("input/soeg/index.md", "/soeg/", "Søg i drejebogen")]
    [InlineData("input/fremskridt.md", "/fremskridt/", "Dit fremskridt")]
    [InlineData("input/plan.md", "/plan/", "Jeres plan")]
    [InlineData("input/statusrapport.md", "/statusrapport/", "Statusrapport")]
    [InlineData("input/milepaele.md", "/milepaele/", "Milepæle")]
    public void A_content_page_at_a_generated_pages_address_is_an_error_at_the_file(string path, string url, string title)
    {
        var result = TestSite.Minimal().With(path, """
            ---
            title: Min egen side
            summary: En side med en adresse, sitet selv bruger.
            ---
            Tekst.
            """).Build();

        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.DuplicateUrl, url, $"siden «{title}», som sitet selv laver");
    }
}
