using System.Text.Json;
using AngleSharp.Dom;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// A role holds several kinds of responsibility in some milestones (Programleder in phase 2); the
/// real site still shows it once per milestone, with one checkbox per deliverable on its page, and
/// the counts the browser makes from <c>/data/drejebog.json</c> agree. Expectations come from the
/// front matter, read with YamlDotNet.
/// </summary>
public sealed class OneRowPerRoleTests
{
    // The vocabulary's order, in which joined kinds are written.
    private static readonly string[] KindOrder = ["ansvarlig", "udfører", "godkender", "deltager"];

    [Fact]
    public void The_real_content_has_roles_with_several_kinds_in_one_milestone()
    {
        // Otherwise the tests below could not tell one row per role from one row per kind.
        Assert.Contains(Milestones(), m => m.Duties.Any(d => d.Value.Count > 1));
    }

    [Fact]
    public void Every_milestone_page_lists_each_role_once_with_its_kinds_joined()
    {
        Assert.All(Milestones(), milestone =>
        {
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/milepaele/{milestone.Id}/")!);
            var rows = page.QuerySelectorAll("table.responsibilities tbody tr").ToList();

            Assert.Equal(milestone.Duties.Keys, rows.Select(r => r.GetAttribute("data-role")!));
            foreach (var row in rows)
            {
                Assert.Equal(Joined(milestone.Duties[row.GetAttribute("data-role")!]), KindsText(row));
            }
        });
    }

    [Fact]
    public void Every_role_page_has_one_row_per_milestone_and_one_checkbox_per_deliverable()
    {
        var milestones = Milestones();
        Assert.All(RealSiteBuild.Files("roller"), file =>
        {
            var role = file.Scalar("id")!;
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/roller/{role}/")!);
            var involved = milestones.Where(m => m.Duties.ContainsKey(role)).ToList();
            var rows = page.QuerySelectorAll("table.duties tbody tr").ToList();

            Assert.Equal(involved.Select(m => $"/milepaele/{m.Id}/"), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
            Assert.Equal(involved.Select(m => Joined(m.Duties[role])), rows.Select(KindsText));
            // Each li[data-deliverable] becomes one checkbox in the browser (checklist.js).
            Assert.Equal(involved.SelectMany(m => m.Deliverables), Deliverables(page));
        });
    }

    [Fact]
    public void Progress_counts_for_a_role_cover_exactly_the_milestones_and_deliverables_on_its_page()
    {
        var file = Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == AddContentIndex.OutputPath);
        var index = JsonDocument.Parse(file.Content!).RootElement;
        Assert.All(RealSiteBuild.Files("roller"), role =>
        {
            var id = role.Scalar("id")!;
            // What progress.js counts for `role:ID`: the milestones whose `roles` name it.
            var counted = index.GetProperty("milestones").EnumerateArray()
                .Where(m => m.GetProperty("roles").TryGetProperty(id, out _)).ToList();
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/roller/{id}/")!);

            Assert.Equal(page.QuerySelectorAll("table.duties tbody tr").Length, counted.Count);
            Assert.Equal(Deliverables(page), counted.SelectMany(m => m.GetProperty("deliverables").EnumerateArray().Select(d => d.GetString()!)));
        });
    }

    [Fact]
    public void Every_role_page_starts_with_a_compact_list_of_its_milestones_kinds_and_drafts()
    {
        var milestones = Milestones();
        var drafts = RealSiteBuild.Files("milepaele").Where(f => f.IsDraft).Select(f => $"/milepaele/{f.Scalar("id")}/").ToHashSet();
        Assert.NotEmpty(drafts);
        Assert.All(RealSiteBuild.Files("roller"), file =>
        {
            var role = file.Scalar("id")!;
            var page = Dom.Parse(RealSiteBuild.Result.Page($"/roller/{role}/")!);
            var list = page.QuerySelector("main .role-milestones")!;
            var items = list.QuerySelectorAll("li").ToList();
            var involved = milestones.Where(m => m.Duties.ContainsKey(role)).ToList();

            // Before the detail: ahead of the body text and the tables of duties.
            Assert.Same(list, page.QuerySelector("main .role-milestones, main .duties, main h2:not(.role-milestones h2)"));
            Assert.Equal(involved.Select(m => $"/milepaele/{m.Id}/"), items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
            Assert.Equal(involved.Select(m => Joined(m.Duties[role])), items.Select(li => li.QuerySelector(".role-milestones-kinds")!.TextContent));
            Assert.All(items, li => Assert.Equal(drafts.Contains(li.QuerySelector("a")!.GetAttribute("href")!), li.QuerySelector(".draft-label") is not null));
        });
    }

    private static List<string> Deliverables(IDocument page) =>
        page.QuerySelectorAll("table.duties li[data-deliverable]").Select(li => li.GetAttribute("data-deliverable")!).ToList();

    // The kinds as a sighted reader sees them: the badges' words without their hidden link hints.
    private static string KindsText(IElement row)
    {
        var cell = (IElement)row.QuerySelector("td[data-title='Ansvar']")!.Clone();
        foreach (var hidden in cell.QuerySelectorAll(".sr-only").ToList())
        {
            hidden.Remove();
        }
        return cell.TextContent.Trim();
    }

    private static string Joined(IReadOnlyList<string> kinds)
    {
        var words = KindOrder.Where(kinds.Contains).Select((k, i) => i == 0 ? char.ToUpperInvariant(k[0]) + k[1..] : k).ToList();
        return words.Count == 1 ? words[0] : $"{string.Join(", ", words[..^1])} og {words[^1]}";
    }

    /// <summary>Each milestone in reading order (the files' names), with its deliverable ids and each role's kinds, roles in order of first mention.</summary>
    private static List<(string Id, List<string> Deliverables, Dictionary<string, List<string>> Duties)> Milestones() =>
        RealSiteBuild.Files("milepaele")
            .Select(file => (
                Id: file.Scalar("id")!,
                Deliverables: ((YamlSequenceNode)file.FrontMatter["deliverables"]).Children
                    .Select(d => ((YamlScalarNode)((YamlMappingNode)d)["id"]).Value!).ToList(),
                Duties: ((YamlSequenceNode)file.FrontMatter["responsibilities"]).Children.Cast<YamlMappingNode>()
                    .GroupBy(r => ((YamlScalarNode)r["role"]).Value!)
                    .ToDictionary(g => g.Key, g => g.Select(r => ((YamlScalarNode)r["kind"]).Value!).ToList())))
            .ToList();
}
