namespace Drejebog.Site.Pipeline;

/// <summary>
/// A module whose work is per document: <see cref="Prepare"/> runs once with all documents, then
/// <see cref="Apply"/> runs for each document in parallel. Several such modules can share one
/// parallel pass with <see cref="ForEachDocument{TDocument, TContext}"/>, so a page goes through them while it is hot
/// in the cache and its intermediate text dies young.
/// </summary>
public abstract class DocumentModule<TDocument, TContext> : IModule<TDocument, TContext>
    where TContext : IPipelineContext<TDocument>
{
    public virtual string Name => GetType().Name;

    public virtual IReadOnlyList<Product> Needs => [];

    public virtual IReadOnlyList<Product> Produces => [];

    /// <summary>Once per build, before any <see cref="Apply"/>; builds what all documents share and takes what it needs from <paramref name="products"/>.</summary>
    public virtual void Prepare(IReadOnlyList<TDocument> documents, TContext context, ModuleProducts products)
    {
    }

    /// <summary>The work for one document; called from several threads at once.</summary>
    public abstract TDocument Apply(TDocument document, TContext context);

    /// <summary>A relative estimate of <see cref="Apply"/>'s cost, so the biggest documents start first.</summary>
    public virtual long Cost(TDocument document) => 1;

    public IReadOnlyList<TDocument> Execute(IReadOnlyList<TDocument> documents, TContext context, ModuleProducts products) =>
        new ForEachDocument<TDocument, TContext>(this).Execute(documents, context, products);
}
