using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Templates;

/// <summary>
/// One finished page per layout of the minimal site, compared with golden files. The layouts are
/// the test's own, so these pin what the generator adds: view models, heading anchors, the table
/// of contents, search markers and escaping.
/// </summary>
public sealed class PageSnapshotTests
{
    private static readonly Lazy<Drejebog.Site.Build.BuildResult> Result = new(() => TestSite.Minimal()
        .With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er & hvorfor.
            nav_order: 2
            ---
            Drejebogen beskriver et program. Se [planen](milepaele/1-02-plan.md#forudsaetter).

            ## Første afsnit

            Tekst med <b>rå HTML</b>.

            ## Andet afsnit {#andet}

            | Rolle | Ansvar |
            |---|---|
            | Programejer | Ansvarlig |
            """)
        .Build());

    [Theory]
    [InlineData("/", "forside.html")]
    [InlineData("/om/", "side.html")]
    [InlineData("/faser/planlaegning/", "fase.html")]
    [InlineData("/milepaele/plan/", "milepael.html")]
    [InlineData("/roller/programleder/", "rolle.html")]
    [InlineData("/milepaele/", "oversigt.html")]
    [InlineData("/soeg/", "soeg.html")]
    [InlineData("/404.html", "fejl404.html")]
    public void Page_matches_the_snapshot(string url, string snapshot)
    {
        // The raw HTML is there to pin its escaping; the editor is warned about it.
        DiagnosticAssert.OnlyWarning(Result.Value, "input/om.md", 10, 11, ErrorCodes.RawHtml, "<b>");
        Snapshot.Match($"pages/{snapshot}", Result.Value.Page(url)!.Html);
    }
}
