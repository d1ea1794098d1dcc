using AngleSharp.Dom;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// Draft milestones (<c>status: udkast</c>, read here from the front matter) carry the draft
/// label wherever they are listed, and no other milestone does: the overview, the role pages'
/// duties, the phase pages, and the metadata search results show.
/// </summary>
public sealed class DraftMarkerTests
{
    private static readonly HashSet<string> Drafts = [.. RealSiteBuild.Files("milepaele").Where(f => f.Scalar("status") == "udkast").Select(f => f.Scalar("id")!)];

    private static string MilestoneOf(IElement link) => link.GetAttribute("href")!.Split('/')[2];

    private static void AssertMarkedExactlyWhereDraft(IEnumerable<IElement> items, string linkSelector)
    {
        var list = items.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, item =>
        {
            var id = MilestoneOf(item.QuerySelector(linkSelector)!);
            var label = item.QuerySelector(".draft-label");
            Assert.True(Drafts.Contains(id) == (label is not null), $"{id}: draft label {(label is null ? "missing" : "on a published milestone")}");
            if (label is not null)
            {
                Assert.Equal("Udkast – kilden mangler", label.TextContent);
            }
        });
    }

    [Fact]
    public void The_real_site_has_draft_milestones_to_mark()
    {
        Assert.NotEmpty(Drafts);
    }

    [Fact]
    public void The_overview_marks_exactly_the_draft_milestones_and_explains_the_label()
    {
        var page = Dom.Parse(RealSiteBuild.Result.Page("/milepaele/")!);

        AssertMarkedExactlyWhereDraft(page.QuerySelectorAll("tr[data-milestone-item]"), "th a");
        Assert.Equal(Drafts.Count, page.QuerySelectorAll("tr[data-milestone-item] .draft-label").Length);
        Assert.Single(page.QuerySelectorAll(".draft-legend"));
    }

    [Fact]
    public void Role_pages_mark_each_duty_in_a_draft_milestone()
    {
        var marked = 0;
        foreach (var role in RealSiteBuild.Files("roller"))
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/roller/{role.Scalar("id")}/")!);
            var rows = page.QuerySelectorAll("table.duties tbody tr").ToList();
            AssertMarkedExactlyWhereDraft(rows, "th a");
            var drafts = rows.Count(r => r.QuerySelector(".draft-label") is not null);
            Assert.Equal(drafts > 0 ? 1 : 0, page.QuerySelectorAll(".draft-legend").Length);
            marked += drafts;
        }
        Assert.True(marked > 0, "no role page marks a draft duty");
    }

    [Fact]
    public void Phase_pages_mark_exactly_the_draft_milestones()
    {
        foreach (var phase in RealSiteBuild.Files("faser"))
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/faser/{phase.Scalar("id")}/")!);
            AssertMarkedExactlyWhereDraft(page.QuerySelectorAll("ol.phase-milestones > li"), "h3 a");
        }
    }

    [Fact]
    public void Search_results_get_the_draft_status_of_exactly_the_draft_pages()
    {
        var draftUrls = RealSiteBuild.Files("milepaele").Where(f => f.Scalar("status") == "udkast").Select(f => $"/milepaele/{f.Scalar("id")}/")
            .Concat(RealSiteBuild.Files("faser").Where(f => f.Scalar("status") == "udkast").Select(f => $"/faser/{f.Scalar("id")}/"))
            .ToHashSet(StringComparer.Ordinal);
        var withStatus = RealSiteBuild.Pages
            .Where(p => Dom.Parse(p).QuerySelector("[data-search-facets] [data-pagefind-meta^='status:']") is { } meta
                && meta.GetAttribute("data-pagefind-meta") == "status:Udkast – kilden mangler")
            .Select(p => p.Url)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(draftUrls, withStatus);
        Assert.All(withStatus.Except(draftUrls), url => Assert.StartsWith("/bilag/", url, StringComparison.Ordinal));
    }
}
