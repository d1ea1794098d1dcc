using System.Globalization;
using Drejebog.Site.Build;
using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>
/// The glossary's view models: each term (<c>term</c> on its page, and in <c>page.terms</c> on the
/// pages that link it) with the pages that use it, and the glossary page's <c>glossary</c>: the terms by first letter, A–Å.
/// </summary>
public static class GlossaryModels
{
    // Browsing search results lists terms after every phase, milestone and role.
    private const int SearchOrderStart = 100_000;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static Dictionary<string, Dictionary<string, object?>> Terms(ContentGraph graph, IReadOnlyList<Document>? documents)
    {
        var usedOn = UsedOn(graph, documents ?? []);
        return graph.Terms.Select((term, index) => (term, index)).ToDictionary(p => p.term.Id, p => new Dictionary<string, object?>
        {
            ["id"] = p.term.Id,
            ["title"] = p.term.Title,
            ["definition"] = p.term.Definition,
            ["url"] = p.term.Url,
            ["definition_id"] = Site.Glossary.GlossaryLinker.DefinitionId(p.term.Id),
            ["is_draft"] = p.term.Status == ContentStatus.Draft,
            ["links"] = p.term.Links.Select(ViewModels.Tool).ToList(),
            ["used_on"] = usedOn.GetValueOrDefault(p.term.Id) ?? [],
            ["search_order"] = SearchOrderStart + p.index,
        }, StringComparer.Ordinal);
    }

    /// <summary>The glossary page's <c>glossary</c>: <c>letters</c>, each with its <c>terms</c>, in the order of <see cref="ContentGraph.Terms"/>.</summary>
    public static Dictionary<string, object?> Glossary(ContentGraph graph, IReadOnlyDictionary<string, Dictionary<string, object?>> terms) => new()
    {
        ["term_count"] = graph.Terms.Count,
        ["letters"] = graph.Terms
            .GroupBy(t => Letter(t.Title))
            .Select(g => new Dictionary<string, object?>
            {
                ["letter"] = g.Key,
                ["anchor"] = $"bogstav-{g.Key.ToLower(Danish)}",
                ["terms"] = g.Select(t => terms[t.Id]).ToList(),
            })
            .ToList(),
    };

    /// <summary>The letter a term is listed under: its first letter, capital; a term starting otherwise goes under <c>#</c>.</summary>
    public static string Letter(string title) =>
        title.Length > 0 && char.IsLetter(title[0]) ? title[..1].ToUpper(Danish) : "#";

    // The pages whose text links each term: the playbook's pages in reading order, the others after them by address.
    private static Dictionary<string, List<Dictionary<string, object?>>> UsedOn(ContentGraph graph, IReadOnlyList<Document> documents)
    {
        var order = graph.ReadingOrder();
        var used = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var pages = documents
            .Where(d => !d.Failed && d.Terms.Count > 0)
            .OrderBy(d => order.TryGetValue(d.Url, out var place) ? place : int.MaxValue)
            .ThenBy(d => d.Url, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var entry = new Dictionary<string, object?> { ["title"] = page.Title, ["url"] = page.Url };
            foreach (var id in page.Terms)
            {
                if (!used.TryGetValue(id, out var list))
                {
                    used[id] = list = [];
                }
                list.Add(entry);
            }
        }
        return used;
    }
}
