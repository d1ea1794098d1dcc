using Drejebog.Site.Content;
using Drejebog.Site.Modules;

namespace Drejebog.Site.Templates;

/// <summary>
/// What the roles × milestones page (<c>ansvarsmatrix</c>) sees as <c>matrix</c>: the rows of
/// <see cref="ResponsibilityMatrix"/> by phase, with the shared phase, milestone, role and kind objects.
/// </summary>
internal static class MatrixViewModel
{
    public static Dictionary<string, object?> Create(ContentGraph graph, IReadOnlyDictionary<string, Dictionary<string, object?>> phases,
        IReadOnlyDictionary<string, Dictionary<string, object?>> milestones, IReadOnlyDictionary<string, Dictionary<string, object?>> roles,
        IReadOnlyDictionary<string, Dictionary<string, object?>> kinds)
    {
        var matrix = ResponsibilityMatrix.From(graph);
        return new()
        {
            ["roles"] = matrix.Roles.Select(r => roles[r.Id]).ToList(),
            ["phases"] = matrix.Phases.Select(p => new Dictionary<string, object?>
            {
                ["phase"] = phases[p.Phase.Id],
                ["rows"] = p.Rows.Select(row => new Dictionary<string, object?>
                {
                    ["milestone"] = milestones[row.Milestone.Id],
                    ["cells"] = row.Cells.Select(cell => cell is null ? ViewModels.Missing : (object)new Dictionary<string, object?>
                    {
                        ["kinds"] = cell.Kinds.Select(k => kinds[k.Id]).ToList(),
                        ["kind_label"] = cell.KindsLabel,
                    }).ToList(),
                }).ToList(),
            }).ToList(),
            ["csv_url"] = "/" + AddResponsibilityMatrix.CsvPath,
            ["json_url"] = "/" + AddResponsibilityMatrix.JsonPath,
        };
    }
}
