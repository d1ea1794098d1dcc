namespace Drejebog.Site.Pipeline;

/// <summary>Runs several per-document modules in one parallel pass: each document goes through all of them in turn.</summary>
/// <remarks>
/// Every module is prepared before the pass, so a later module's <c>Prepare</c> sees the documents
/// as they were before it, and no module in the pass can need what another one in it produces.
/// </remarks>
public sealed class ForEachDocument<TDocument, TContext>(params DocumentModule<TDocument, TContext>[] modules) : IModule<TDocument, TContext>
    where TContext : IPipelineContext<TDocument>
{
    public string Name { get; } = $"ForEachDocument({string.Join(", ", modules.Select(m => m.Name))})";

    public IReadOnlyList<Product> Needs { get; } = [.. modules.SelectMany(m => m.Needs).Distinct()];

    public IReadOnlyList<Product> Produces { get; } = [.. modules.SelectMany(m => m.Produces).Distinct()];

    public IReadOnlyList<TDocument> Execute(IReadOnlyList<TDocument> documents, TContext context, ModuleProducts products)
    {
        foreach (var module in modules)
        {
            module.Prepare(documents, context, products.For(module.Name, module.Needs, module.Produces));
        }
        return ParallelDocuments.Map(documents, modules[0].Cost, document =>
        {
            foreach (var module in modules)
            {
                try
                {
                    document = module.Apply(document, context);
                }
                catch (Exception error) when (error is not OperationCanceledException && !context.EndsBuild(error))
                {
                    // A bug of ours (or a library's) on one document must not end the build
                    // without a word; the context decides what the document becomes.
                    return context.ModuleFailed(document, module.Name, error);
                }
            }
            return document;
        });
    }
}
