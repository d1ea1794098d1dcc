using System.Collections.Concurrent;

namespace Drejebog.Site.Pipeline;

/// <summary>
/// Runs a per-document step on all cores and returns the results in the original order. The most
/// expensive documents start first: a few big list pages (overview, phases, roles) started last
/// would otherwise leave one core busy while the other waits.
/// </summary>
public static class ParallelDocuments
{
    public static IReadOnlyList<Document> Map(IReadOnlyList<Document> documents, Func<Document, long> cost, Func<Document, Document> step)
    {
        var results = new Document[documents.Count];
        var order = Enumerable.Range(0, documents.Count).OrderByDescending(i => cost(documents[i])).ToArray();
        Parallel.ForEach(Partitioner.Create(order, loadBalance: true), i => results[i] = step(documents[i]));
        return results;
    }
}
