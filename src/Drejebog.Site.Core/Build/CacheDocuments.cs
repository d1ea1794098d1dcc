using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Build;

/// <summary>
/// Runs per-document modules as <see cref="ForEachDocument{TDocument, TContext}"/> does, but with a
/// <see cref="BuildContext.Cache"/> reuses the result for a file whose path and text are the same
/// as in an earlier build. Only for modules whose result depends on nothing but the document's own
/// path and text (front matter and its typed model; not Markdown, whose links depend on other files),
/// and that need no <see cref="DocumentModule{TDocument, TContext}.Prepare"/> over all documents. A document that failed
/// or was reported on is never kept, so its diagnostics are reported again on every build.
/// </summary>
public sealed class CacheDocuments(params DocumentModule[] modules) : IModule
{
    private readonly ForEachDocument<Document, BuildContext> inner = new(modules);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var cache = context.Cache?.Documents;
        if (cache is null)
        {
            return inner.Execute(documents, context, products);
        }

        var results = new Document[documents.Count];
        var misses = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            if (cache.TryGet(document.RelativePath, entry => SameSource(entry.Input, document), out var entry))
            {
                results[i] = entry.Output;
            }
            else
            {
                misses.Add(i);
            }
        }

        var computed = inner.Execute(misses.ConvertAll(i => documents[i]), context, products);
        var reported = context.Diagnostics.ToSortedList().Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < misses.Count; j++)
        {
            var input = documents[misses[j]];
            results[misses[j]] = computed[j];
            if (!input.Failed && !computed[j].Failed && !reported.Contains(input.DisplayPath))
            {
                cache.Set(input.RelativePath, (input, computed[j]));
            }
        }
        return results;
    }

    // What the reading module sets; a document's other properties are still empty at this stage.
    private static bool SameSource(Document cached, Document document) =>
        cached.RelativePath == document.RelativePath &&
        cached.DisplayPath == document.DisplayPath &&
        cached.Failed == document.Failed &&
        string.Equals(cached.Text, document.Text, StringComparison.Ordinal);
}
