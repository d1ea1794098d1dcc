using AngleSharp.Dom;
using Drejebog.Site.Content;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;
using Document = Drejebog.Site.Build.Document;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The markup the role view and the task list build on: every kind badge links to an explanation
/// that exists, and the progress page's task list holds every milestone and deliverable once.
/// </summary>
public sealed class RoleViewMarkupTests
{
    [Fact]
    public void Every_kind_badge_links_to_the_explanation_of_its_kind_on_the_organisation_page()
    {
        var organisation = Page(ResponsibilityKind.ExplainedOn);
        foreach (var kind in ResponsibilityKind.All)
        {
            var term = organisation.QuerySelector($"dt#{kind.Anchor}");
            Assert.NotNull(term);
            Assert.Equal(kind.Label, term.TextContent.Trim());
            Assert.Equal(kind.Description, term.NextElementSibling?.TextContent.Trim());
        }

        // The whole playbook holds the explanation itself, so its badges link within it (WholePlaybookPageTests).
        var badges = RealSiteBuild.Pages.Where(p => p.Url != "/hele-drejebogen/").SelectMany(p => Dom.Parse(p).QuerySelectorAll("a.kind[data-kind]")).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, badge =>
        {
            var kind = ResponsibilityKind.Find(badge.GetAttribute("data-kind")!);
            Assert.NotNull(kind);
            Assert.Equal(kind.ExplanationUrl, badge.GetAttribute("href"));
            // After the first kind of a joined phrase the label is written in lower case ("Ansvarlig og udfører").
            Assert.StartsWith(kind.Label, badge.TextContent.Trim(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void The_progress_task_list_has_every_milestone_with_all_its_deliverables_once_per_phase()
    {
        var page = Page("/fremskridt/");
        var files = RealSiteBuild.Files("milepaele");

        foreach (var file in files)
        {
            var id = file.Scalar("id")!;
            var item = Assert.Single(page.QuerySelectorAll($"[data-task-list=\"{file.Scalar("phase")}\"] [data-milestone-item=\"{id}\"]"));
            var expected = ((YamlSequenceNode)file.FrontMatter["deliverables"]).Children.OfType<YamlMappingNode>()
                .Select(d => ((YamlScalarNode)d.Children[new YamlScalarNode("id")]).Value!).ToList();
            Assert.Equal(expected, item.QuerySelectorAll("[data-remaining]").Select(e => e.GetAttribute("data-remaining")!).ToList());
        }
        Assert.Equal(files.Count, page.QuerySelectorAll("[data-task-list] [data-milestone-item]").Length);
    }

    [Fact]
    public void Milestone_pages_have_the_hooks_of_the_role_view()
    {
        var milestones = RealSiteBuild.Pages.Where(p => p.Url.StartsWith("/milepaele/", StringComparison.Ordinal) && p.Url != "/milepaele/").ToList();
        Assert.Equal(RealSiteBuild.Files("milepaele").Count, milestones.Count);
        Assert.All(milestones, p =>
        {
            var dom = Dom.Parse(p);
            Assert.Single(dom.QuerySelectorAll("[data-role-here][hidden]"));
            Assert.Single(dom.QuerySelectorAll("[data-role-pager][hidden]"));
            Assert.All(dom.QuerySelectorAll("table.responsibilities tbody tr"), row =>
            {
                Assert.False(string.IsNullOrEmpty(row.GetAttribute("data-role")));
                Assert.Single(row.QuerySelectorAll("[data-role-note]"));
            });
        });
    }

    private static IDocument Page(string url) =>
        Dom.Parse(Assert.Single(RealSiteBuild.Pages, (Document p) => p.Url == url));
}
