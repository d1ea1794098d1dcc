using System.Globalization;
using System.Text.Json;
using Drejebog.Site.Content;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Tests.RealSite;

/// <summary><c>/data/drejebog.json</c>, which the browser uses to count progress, agrees with the content.</summary>
public sealed class ContentIndexTests
{
    private static JsonElement Index()
    {
        var file = Assert.Single(RealSiteBuild.Result.Files, f => f.OutputPath == AddContentIndex.OutputPath);
        return JsonDocument.Parse(file.Content!).RootElement;
    }

    [Fact]
    public void Index_names_the_site_and_its_schema()
    {
        var index = Index();

        Assert.Equal(AddContentIndex.Schema, index.GetProperty("schema").GetInt32());
        Assert.Equal("drejebog.netlify.app", index.GetProperty("site").GetString());
    }

    [Fact]
    public void Index_lists_every_kind_of_responsibility_with_its_label_in_order()
    {
        var kinds = Index().GetProperty("kinds").EnumerateArray()
            .Select(k => (k.GetProperty("id").GetString(), k.GetProperty("label").GetString()));

        Assert.Equal(ResponsibilityKind.All.Select(k => ((string?)k.Id, (string?)k.Label)), kinds);
    }

    [Fact]
    public void Index_says_where_each_kind_is_explained()
    {
        var urls = Index().GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("url").GetString());

        Assert.Equal(ResponsibilityKind.All.Select(k => (string?)$"{ResponsibilityKind.ExplainedOn}#{k.Anchor}"), urls);
    }

    [Fact]
    public void Every_milestone_is_in_the_index_with_its_deliverables_and_roles()
    {
        var indexed = Index().GetProperty("milestones").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var files = RealSiteBuild.Files("milepaele");

        Assert.Equal(files.Count, indexed.Count);
        foreach (var file in files)
        {
            var entry = indexed[file.Scalar("id")!];
            var deliverables = ((YamlSequenceNode)file.FrontMatter["deliverables"]).Children
                .Select(d => ((YamlScalarNode)((YamlMappingNode)d)["id"]).Value).ToList();
            var roles = ((YamlSequenceNode)file.FrontMatter["responsibilities"]).Children
                .Select(r => ((YamlScalarNode)((YamlMappingNode)r)["role"]).Value!).Distinct().Order(StringComparer.Ordinal).ToList();

            Assert.Equal(deliverables, entry.GetProperty("deliverables").EnumerateArray().Select(d => d.GetString()).ToList());
            Assert.Equal(roles, entry.GetProperty("roles").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(file.Scalar("phase"), entry.GetProperty("phase").GetString());
        }
    }

    [Fact]
    public void Every_deliverable_has_its_text_from_the_milestone_file()
    {
        var texts = Index().GetProperty("deliverable_texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
        var expected = RealSiteBuild.Files("milepaele")
            .SelectMany(file => ((YamlSequenceNode)file.FrontMatter["deliverables"]).Children.Cast<YamlMappingNode>())
            .ToDictionary(d => ((YamlScalarNode)d["id"]).Value!, d => ((YamlScalarNode)d["text"]).Value, StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), texts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Phases_list_their_milestones_in_order()
    {
        var phases = Index().GetProperty("phases").EnumerateArray().ToList();

        Assert.Equal(["planlaegning", "indkoeb", "implementering"], phases.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal([11, 11, 10], phases.Select(p => p.GetProperty("milestones").GetArrayLength()));
    }

    [Fact]
    public void Phases_carry_their_dates_and_pages_from_the_front_matter()
    {
        var indexed = Index().GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

        foreach (var file in RealSiteBuild.Files("faser"))
        {
            var entry = indexed[file.Scalar("id")!];
            Assert.Equal(file.Scalar("ends"), entry.GetProperty("ends").GetString());
            Assert.Equal(file.Scalar("starts"), entry.GetProperty("starts").GetString());
            var wording = file.Scalar("ends_text") ?? PhaseDate.Wording(DateOnly.Parse(file.Scalar("ends")!, CultureInfo.InvariantCulture));
            Assert.Equal(wording, entry.GetProperty("ends_text").GetString());
            Assert.Equal($"/faser/{file.Scalar("id")}/", entry.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void Milestone_targets_are_spread_through_their_phase_and_the_last_meets_its_deadline()
    {
        var index = Index();
        var targets = index.GetProperty("milestones").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => DateOnly.Parse(m.GetProperty("target").GetString()!, CultureInfo.InvariantCulture));
        var start = DateOnly.Parse(index.GetProperty("phases")[0].GetProperty("starts").GetString()!, CultureInfo.InvariantCulture);

        foreach (var phase in index.GetProperty("phases").EnumerateArray())
        {
            var ends = DateOnly.Parse(phase.GetProperty("ends").GetString()!, CultureInfo.InvariantCulture);
            var dates = phase.GetProperty("milestones").EnumerateArray().Select(m => targets[m.GetString()!]).ToList();
            Assert.All(dates, date => Assert.InRange(date, start.AddDays(1), ends));
            Assert.Equal(dates.Order(), dates);
            Assert.Equal(ends, dates[^1]);
            start = ends;
        }
    }

    [Fact]
    public void Each_progress_widget_states_the_totals_the_browser_counts_from_the_index()
    {
        // progress.js counts a scope's milestones (and their deliverables) from the index; the page
        // states the totals beforehand, so the two must agree. /fremskridt/ has every scope.
        var milestones = Index().GetProperty("milestones").EnumerateArray().ToList();
        var page = Dom.Parse(Assert.Single(RealSiteBuild.Pages, p => p.Url == "/fremskridt/"));
        var widgets = page.QuerySelectorAll("[data-progress]").ToList();
        Assert.Equal(1 + RealSiteBuild.Files("faser").Count + RealSiteBuild.Files("roller").Count, widgets.Count);

        foreach (var widget in widgets)
        {
            var scope = widget.GetAttribute("data-progress")!.Split(':');
            var counted = milestones.Where(m => scope[0] switch
            {
                "overall" => true,
                "phase" => m.GetProperty("phase").GetString() == scope[1],
                "role" => m.TryGetProperty("roles", out var roles) && roles.TryGetProperty(scope[1], out _),
                _ => throw new InvalidOperationException($"unknown scope {scope[0]}"),
            }).ToList();
            var deliverables = counted.Sum(m => m.GetProperty("deliverables").GetArrayLength());

            var text = widget.QuerySelector(".progress-text")!;
            Assert.Equal($"– af {counted.Count} milepæle", string.Join(' ', text.TextContent.Split(' ').Take(4)));
            Assert.Equal($"– af {deliverables} leverancer er krydset af.", widget.QuerySelector(".progress-detail")!.TextContent);
            Assert.Equal(text.Id, widget.QuerySelector("progress")!.GetAttribute("aria-labelledby"));
            Assert.Equal(Math.Max(counted.Count, 1).ToString(CultureInfo.InvariantCulture), widget.QuerySelector("progress")!.GetAttribute("max"));
        }
    }

    [Fact]
    public void Every_page_with_progress_widgets_gives_each_its_own_text_id()
    {
        var pages = RealSiteBuild.Pages.Select(p => (p.Url, Widgets: Dom.Parse(p).QuerySelectorAll("[data-progress]").ToList())).Where(p => p.Widgets.Count > 0).ToList();
        Assert.Contains(pages, p => p.Url == "/" && p.Widgets.Count == 1 + RealSiteBuild.Files("faser").Count);

        Assert.All(pages, page =>
        {
            var ids = page.Widgets.Select(w => w.QuerySelector("progress")!.GetAttribute("aria-labelledby")).ToList();
            Assert.True(ids.Distinct().Count() == ids.Count, $"{page.Url}: progress widgets share a text id");
        });
    }
}
