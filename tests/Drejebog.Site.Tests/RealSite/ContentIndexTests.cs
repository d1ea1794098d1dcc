using System.Text.Json;
using Drejebog.Site.Content;
using Drejebog.Site.Modules;
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
}
