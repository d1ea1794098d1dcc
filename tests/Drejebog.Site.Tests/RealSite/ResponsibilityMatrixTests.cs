using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Drejebog.Site.Content;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The roles × milestones page (/ansvar/) and its CSV and JSON against the real front matter, read
/// with YamlDotNet: every milestone and role is there, and each cell holds exactly the kinds the
/// milestone's <c>responsibilities</c> give the role.
/// </summary>
public sealed class ResponsibilityMatrixTests
{
    private const string Url = "/ansvar/";

    private static readonly string[] KindOrder = ["ansvarlig", "udfører", "godkender", "deltager"];

    private static IDocument MatrixPage() => Dom.Parse(RealSiteBuild.Result.Page(Url)!);

    [Fact]
    public void Table_has_a_column_per_role_and_a_row_per_milestone_in_order()
    {
        var table = MatrixPage().QuerySelector("table.matrix")!;

        Assert.Equal(Roles().Select(r => $"/roller/{r.Id}/"), table.QuerySelectorAll("thead th.matrix-role a").Select(a => a.GetAttribute("href")));
        Assert.Equal(Milestones().Select(m => $"/milepaele/{m.Id}/"), table.QuerySelectorAll("tbody th[scope=row] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(3, table.QuerySelectorAll("tbody tr.matrix-phase").Length);
    }

    [Fact]
    public void Every_cell_names_the_kinds_the_front_matter_gives_in_letters_and_in_words()
    {
        var roles = Roles();
        var rows = MatrixPage().QuerySelectorAll("table.matrix tbody tr[data-milestone]").ToDictionary(r => r.GetAttribute("data-milestone")!);
        var cellsChecked = 0;
        foreach (var milestone in Milestones())
        {
            var cells = rows[milestone.Id].QuerySelectorAll("td").ToList();
            Assert.Equal(roles.Count, cells.Count);
            foreach (var (role, cell) in roles.Zip(cells))
            {
                var kinds = milestone.Kinds.GetValueOrDefault(role.Id) ?? [];
                Assert.Equal(KindOrder.Where(kinds.Contains).Select(k => k[..1].ToUpperInvariant()), cell.QuerySelectorAll("abbr.matrix-kind").Select(a => a.TextContent));
                Assert.Equal(kinds.Count == 0 ? "" : Joined(kinds), cell.QuerySelector(".sr-only")?.TextContent ?? "");
                cellsChecked += kinds.Count > 0 ? 1 : 0;
            }
            Assert.Equal(milestone.IsDraft, rows[milestone.Id].ClassList.Contains("is-draft"));
            Assert.Equal(milestone.IsDraft, rows[milestone.Id].QuerySelector(".draft-label") is not null);
        }
        Assert.True(cellsChecked > 50, $"only {cellsChecked} filled cells");
    }

    [Fact]
    public void Letters_are_hidden_from_screen_readers_and_explained_by_the_legend()
    {
        var page = MatrixPage();

        Assert.All(page.QuerySelectorAll("table.matrix .matrix-kinds"), span => Assert.Equal("true", span.GetAttribute("aria-hidden")));
        var legend = page.QuerySelector("dl.matrix-legend")!;
        Assert.Equal(ResponsibilityKind.All.Select(k => k.Letter), legend.QuerySelectorAll("dt abbr").Select(a => a.TextContent));
        Assert.Equal(ResponsibilityKind.All.Select(k => k.Label), legend.QuerySelectorAll("dt abbr").Select(a => a.GetAttribute("title")));
    }

    [Fact]
    public void The_phone_view_lists_every_roles_milestones_and_is_left_out_of_search()
    {
        var view = MatrixPage().QuerySelector(".matrix-role-view")!;

        Assert.True(view.HasAttribute("data-pagefind-ignore"));
        var entries = view.QuerySelectorAll("details.matrix-role-entry").ToList();
        Assert.Equal(Roles().Count, entries.Count);
        foreach (var (role, entry) in Roles().Zip(entries))
        {
            var expected = Milestones().Where(m => m.Kinds.ContainsKey(role.Id)).Select(m => $"/milepaele/{m.Id}/");
            Assert.Equal(expected, entry.QuerySelectorAll(".matrix-role-list a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Page_is_linked_from_the_menu_the_organisation_page_and_every_role_page()
    {
        Assert.Contains(Url, Dom.Hrefs(MatrixPage(), "header nav"));
        Assert.Contains(Url, Dom.Hrefs(Dom.Parse(RealSiteBuild.Result.Page("/organisering/")!), "main"));
        Assert.All(Roles(), role => Assert.Contains(Url, Dom.Hrefs(Dom.Parse(RealSiteBuild.Result.Page($"/roller/{role.Id}/")!), "main")));
    }

    [Fact]
    public void Page_links_to_the_csv_and_json_the_build_writes()
    {
        var links = Dom.Hrefs(MatrixPage(), ".matrix-downloads");

        Assert.Equal(["/" + AddResponsibilityMatrix.CsvPath, "/" + AddResponsibilityMatrix.JsonPath], links);
        Assert.All(links, link => Assert.Single(RealSiteBuild.Result.Files, f => "/" + f.OutputPath == link));
    }

    [Fact]
    public void Csv_is_utf8_with_bom_semicolons_and_crlf_and_holds_the_same_cells()
    {
        var bytes = File(AddResponsibilityMatrix.CsvPath);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var rows = CsvReader.Parse(text);
        var roles = Roles();
        Assert.Equal(["Fase nr.", "Fase", "Nr. i fasen", "Milepæl", "Status", .. roles.Select(r => r.Title)], rows[0]);
        var milestones = Milestones();
        Assert.Equal(milestones.Count, rows.Count - 1);
        foreach (var (milestone, row) in milestones.Zip(rows.Skip(1)))
        {
            Assert.EndsWith(" " + milestone.Title, row[3], StringComparison.Ordinal);
            Assert.Equal(milestone.IsDraft ? "udkast" : "udgivet", row[4]);
            Assert.Equal(roles.Select(r => milestone.Kinds.TryGetValue(r.Id, out var k) ? Joined(k) : ""), row[5..]);
        }
    }

    [Fact]
    public void Json_dates_each_phase_as_the_content_index_does_and_holds_no_source_positions()
    {
        var json = JsonDocument.Parse(File(AddResponsibilityMatrix.JsonPath)).RootElement;
        var index = JsonDocument.Parse(File(AddContentIndex.OutputPath)).RootElement;

        var phases = json.GetProperty("phases").EnumerateArray().ToList();
        var indexed = index.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(indexed.Count, phases.Count);
        foreach (var (phase, entry) in phases.Zip(indexed))
        {
            Assert.Equal(entry.GetProperty("ends").GetString(), phase.GetProperty("ends").GetString());
            Assert.Equal(entry.GetProperty("ends_text").GetString(), phase.GetProperty("ends_text").GetString());
        }
        Assert.DoesNotContain("\"Position\"", Encoding.UTF8.GetString(File(AddResponsibilityMatrix.JsonPath)), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_phases_with_milestones_their_status_and_each_roles_kinds()
    {
        var json = JsonDocument.Parse(File(AddResponsibilityMatrix.JsonPath)).RootElement;

        Assert.Equal(AddResponsibilityMatrix.Schema, json.GetProperty("schema").GetInt32());
        Assert.Equal(Roles().Select(r => r.Id), json.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(KindOrder, json.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("id").GetString()));
        var milestones = json.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("milestones").EnumerateArray()).ToList();
        Assert.Equal(Milestones().Select(m => m.Id), milestones.Select(m => m.GetProperty("id").GetString()));
        foreach (var (expected, actual) in Milestones().Zip(milestones))
        {
            Assert.Equal(expected.IsDraft ? "udkast" : "udgivet", actual.GetProperty("status").GetString());
            var roles = actual.GetProperty("roles").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(k => k.GetString()!).ToList());
            Assert.Equal(expected.Kinds.Keys.Order(StringComparer.Ordinal), roles.Keys.Order(StringComparer.Ordinal));
            Assert.All(expected.Kinds, pair => Assert.Equal(KindOrder.Where(pair.Value.Contains), roles[pair.Key]));
        }
    }

    private static byte[] File(string path) => Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == path).Content!;

    private static string Joined(IReadOnlyList<string> kinds)
    {
        var words = KindOrder.Where(kinds.Contains).Select((k, i) => i == 0 ? char.ToUpperInvariant(k[0]) + k[1..] : k).ToList();
        return words.Count == 1 ? words[0] : $"{string.Join(", ", words[..^1])} og {words[^1]}";
    }

    private static List<(string Id, string Title)> Roles() =>
        RealSiteBuild.Files("roller")
            .Select(f => (Id: f.Scalar("id")!, Title: f.Scalar("title")!, Order: int.Parse(f.Scalar("order")!, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Order).Select(r => (r.Id, r.Title)).ToList();

    /// <summary>Milestones in reading order (their files' names), with each role's kinds.</summary>
    private static List<(string Id, string Title, bool IsDraft, Dictionary<string, List<string>> Kinds)> Milestones() =>
        RealSiteBuild.Files("milepaele")
            .Select(file => (
                Id: file.Scalar("id")!,
                Title: file.Scalar("title")!,
                file.IsDraft,
                Kinds: ((YamlSequenceNode)file.FrontMatter["responsibilities"]).Children.Cast<YamlMappingNode>()
                    .GroupBy(r => ((YamlScalarNode)r["role"]).Value!)
                    .ToDictionary(g => g.Key, g => g.Select(r => ((YamlScalarNode)r["kind"]).Value!).ToList())))
            .ToList();
}
