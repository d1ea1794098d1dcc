using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Warns about a term no other page uses (at its id) and a variant no page uses (at the variant):
/// a term nobody reaches from the text, and a spelling that is probably written wrong.
/// </summary>
/// <remarks>Skipped while any page has errors: its text was not read, so its words would be missing from the count.</remarks>
public sealed class CheckGlossaryUse : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Glossary, SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (documents.Any(d => d.Failed))
        {
            return documents;
        }
        var used = documents.SelectMany(d => d.TermSpellings).ToHashSet(StringComparer.Ordinal);
        var graph = products.Get(SiteProducts.Graph);
        foreach (var spellings in products.Get(SiteProducts.Glossary).Spellings.GroupBy(s => s.TermId))
        {
            if (!graph.TermsById.TryGetValue(spellings.Key, out var term))
            {
                continue;
            }
            var path = spellings.First().Path;
            if (!spellings.Any(s => used.Contains(s.Key)))
            {
                context.Diagnostics.Warning(path, term.IdPosition, ErrorCodes.TermNeverUsed, term.Id);
                continue;
            }
            // The title need not occur as it is: a term may only ever be used inflected.
            foreach (var variant in spellings.Where(s => s.Position != term.TitlePosition && !used.Contains(s.Key)))
            {
                context.Diagnostics.Warning(path, variant.Position, ErrorCodes.VariantNeverUsed, variant.Text);
            }
        }
        return documents;
    }
}
