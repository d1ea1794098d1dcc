using System.Text.Json.Nodes;
using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Json;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Writes the roles × milestones matrix (<see cref="ResponsibilityMatrix"/>) as data for download:
/// <c>/data/roller-og-milepaele.csv</c> for spreadsheets (<see cref="MatrixCsv"/>) and
/// <c>/data/roller-og-milepaele.json</c>; the matrix page links to both.
/// </summary>
public sealed class AddResponsibilityMatrix : IModule
{
    public const string CsvPath = "data/roller-og-milepaele.csv";
    public const string JsonPath = "data/roller-og-milepaele.json";
    public const int Schema = 1;

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings, SiteProducts.Graph];

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (products.Get(SiteProducts.Settings) is not { } site)
        {
            return documents;
        }
        var matrix = ResponsibilityMatrix.From(products.Get(SiteProducts.Graph));
        products.Add(SiteProducts.GeneratedFiles,
        [
            new StaticFile(CsvPath, null, MatrixCsv.Write(matrix)),
            new StaticFile(JsonPath, null, JsonData.ToUtf8(Json(matrix, site), indented: true)),
        ]);
        return documents;
    }

    private static JsonObject Json(ResponsibilityMatrix matrix, SiteSettings site) => new()
    {
        ["schema"] = Schema,
        ["site"] = site.Id,
        ["title"] = ContentKinds.Matrix.Generated!.Title,
        ["kinds"] = JsonData.Array(ResponsibilityKind.All, k => new JsonObject { ["id"] = k.Id, ["label"] = k.Label, ["short"] = k.Letter, ["description"] = k.Description }),
        ["roles"] = JsonData.Array(matrix.Roles, r => new JsonObject { ["id"] = r.Id, ["title"] = r.Title, ["url"] = r.Url }),
        ["phases"] = JsonData.Array(matrix.Phases, p => new JsonObject
        {
            ["id"] = p.Phase.Id,
            ["number"] = p.Phase.Number,
            ["title"] = p.Phase.Title,
            ["ends"] = p.Phase.Ends.Iso,
            ["ends_text"] = p.Phase.Ends.Text,
            ["milestones"] = JsonData.Array(p.Rows, row => new JsonObject
            {
                ["id"] = row.Milestone.Id,
                ["number"] = row.Number,
                ["title"] = row.Milestone.Title,
                ["url"] = row.Milestone.Url,
                ["status"] = row.IsDraft ? "udkast" : "udgivet",
                // Only the roles with a part: role id → its kinds, in the vocabulary's order.
                ["roles"] = JsonData.Members(
                    matrix.Roles.Zip(row.Cells).Where(pair => pair.Second is not null),
                    pair => pair.First.Id,
                    pair => JsonData.Strings(pair.Second!.Kinds.Select(k => k.Id))),
            }),
        }),
    };
}
