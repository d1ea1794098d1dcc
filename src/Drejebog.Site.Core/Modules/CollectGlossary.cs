using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Glossary;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Gathers every spelling of every glossary term for <see cref="RenderMarkdown"/> to link. A spelling
/// two terms share is an error at the second (in path order): a word can only lead to one term.
/// </summary>
public sealed class CollectGlossary : IModule
{
    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.Glossary];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var spellings = new Dictionary<string, GlossarySpelling>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => !d.Failed && d.Model is Term).OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            var term = (Term)document.Model!;
            foreach (var (text, position) in term.Spellings)
            {
                var spelling = new GlossarySpelling(text, term.Id, document.DisplayPath, position);
                if (spellings.TryGetValue(spelling.Key, out var earlier))
                {
                    // Within one term a repeated spelling is harmless; it is matched once.
                    if (earlier.TermId != term.Id)
                    {
                        context.Diagnostics.Error(document.DisplayPath, position, ErrorCodes.SpellingInTwoTerms, text, earlier.TermId, $"{earlier.Path}:{earlier.Position.Line}");
                    }
                    continue;
                }
                spellings.Add(spelling.Key, spelling);
            }
        }
        products.Set(SiteProducts.Glossary, new GlossaryMatcher(spellings.Values));
        return documents;
    }
}
