using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Markdown;

public sealed class TableAlignmentTests
{
    [Fact]
    public void Aligned_columns_get_design_system_classes_instead_of_a_style_the_csp_forbids()
    {
        var result = TestSite.Minimal().With("input/om.md", """
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            ---
            | Rolle | Timer | Note | Fri |
            |:--|:-:|--:|---|
            | Programejer | 10 | a | b |
            """).Build();

        DiagnosticAssert.Clean(result);
        var page = Dom.Parse(result.Page("/om/")!);
        Assert.Empty(page.QuerySelectorAll("main [style]"));
        Assert.Equal(
            ["align-text-left", "align-text-center", "align-text-right", ""],
            page.QuerySelectorAll("main tbody td").Select(td => td.ClassName ?? "").ToList());
        Assert.Equal(4, page.QuerySelectorAll("main thead th").Length);
        Assert.NotNull(page.QuerySelector("main thead th.align-text-center"));
    }
}
