using AngleSharp.Dom;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The organisation chart on the real organisation page against the roles' front matter, read
/// here directly: every role has one box, each box hangs on the role its front matter names, in
/// the way it names it, and links to the role's page.
/// </summary>
public sealed class OrganisationChartTests
{
    private static readonly string[] PlacementKeys = ["reports_to", "member_of", "supports"];

    private static IDocument OrganisationPage() => Dom.Parse(RealSiteBuild.Result.Page("/organisering/")!);

    private static List<IElement> Boxes() => [.. OrganisationPage().QuerySelectorAll("figure.org-chart li.org-node")];

    private static string RoleOf(IElement node) =>
        node.QuerySelector(":scope > .org-box > a.org-role")!.GetAttribute("href")!.Split('/')[2];

    [Fact]
    public void Every_role_has_exactly_one_box_linking_to_its_page()
    {
        var roles = RealSiteBuild.Files("roller").Select(f => f.Scalar("id")!).Order(StringComparer.Ordinal).ToList();
        var boxes = Boxes();

        Assert.Equal(roles, boxes.Select(RoleOf).Order(StringComparer.Ordinal).ToList());
        Assert.All(boxes, box =>
        {
            var link = box.QuerySelector(":scope > .org-box > a.org-role")!;
            Assert.NotNull(RealSiteBuild.Result.Page(link.GetAttribute("href")!));
            var title = RealSiteBuild.Files("roller").Single(f => f.Scalar("id") == RoleOf(box)).Scalar("title");
            Assert.Equal(title, link.TextContent);
        });
    }

    [Fact]
    public void Each_box_hangs_on_the_role_its_front_matter_names_and_says_how()
    {
        var boxes = Boxes();
        var tops = 0;
        foreach (var file in RealSiteBuild.Files("roller"))
        {
            var id = file.Scalar("id")!;
            var box = boxes.Single(b => RoleOf(b) == id);
            var parentBox = box.ParentElement!.Closest("li.org-node");
            var placements = PlacementKeys.Where(key => file.Scalar(key) is not null).ToList();
            if (placements.Count == 0)
            {
                tops++;
                Assert.Null(parentBox);
                continue;
            }
            var key = Assert.Single(placements);
            Assert.Equal(file.Scalar(key), RoleOf(parentBox!));
            Assert.Contains($"org-node--{key.Replace('_', '-')}", box.ClassList);
            // A member sits inside its group's box; others hang below it.
            var list = box.ParentElement!;
            Assert.Equal(key == "member_of" ? "org-members" : "org-children", list.ClassName);
        }
        Assert.Equal(1, tops);
    }

    [Fact]
    public void The_relation_is_in_words_and_the_page_says_the_chart_is_the_sites_reading()
    {
        var page = OrganisationPage();

        Assert.All(page.QuerySelectorAll("li.org-node--supports > .org-box"), box => Assert.StartsWith("Bistår:", box.QuerySelector(".org-relation")!.TextContent, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("li.org-node--reports-to > .org-box"), box => Assert.Contains("refererer til", box.TextContent, StringComparison.Ordinal));
        Assert.Contains("Sitets gengivelse", page.QuerySelector("figure.org-chart figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(page.QuerySelector("figure.org-chart figcaption")!.Id, page.QuerySelector("figure.org-chart")!.GetAttribute("aria-labelledby"));
        Assert.DoesNotContain("ikke gengivet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
