namespace Drejebog.Site.Pipeline;

/// <summary>
/// Runs named pipelines one after the other. Checks when it is made that the modules fit
/// together: every product a module needs is produced by an earlier module, a single product by
/// only one module, and a list product is complete before the first module reads it.
/// </summary>
public sealed class PipelineRunner<TDocument, TContext>
    where TContext : IPipelineContext<TDocument>
{
    /// <exception cref="DataFlowException">A module needs what no earlier module produces, or a product is produced out of order.</exception>
    public PipelineRunner(IReadOnlyList<NamedPipeline<TDocument, TContext>> pipelines)
    {
        Pipelines = pipelines;
        CheckDataFlow(pipelines);
    }

    public IReadOnlyList<NamedPipeline<TDocument, TContext>> Pipelines { get; }

    /// <summary>Runs every pipeline over the documents; returns the last pipeline's documents and what the modules produced.</summary>
    public (IReadOnlyList<TDocument> Documents, ProductStore Products) Run(IReadOnlyList<TDocument> documents, TContext context)
    {
        var products = new ProductStore();
        foreach (var pipeline in Pipelines)
        {
            documents = pipeline.Run(documents, context, products);
        }
        return (documents, products);
    }

    private static void CheckDataFlow(IReadOnlyList<NamedPipeline<TDocument, TContext>> pipelines)
    {
        var producedBy = new Dictionary<Product, string>();
        var firstReader = new Dictionary<Product, string>();
        var steps = pipelines.SelectMany(p => p.Modules.Select(m => (Module: m, Label: $"'{m.Name}' (pipeline {p.Name})"))).ToList();
        foreach (var (module, label) in steps)
        {
            foreach (var need in module.Needs)
            {
                if (!producedBy.ContainsKey(need))
                {
                    var later = steps.FirstOrDefault(s => s.Module.Produces.Contains(need)).Label;
                    throw new DataFlowException(later is null
                        ? $"Module {label} needs '{need}', which no module produces."
                        : $"Module {label} needs '{need}', which {later} produces only after it.");
                }
                firstReader.TryAdd(need, label);
            }
            foreach (var product in module.Produces)
            {
                if (product.IsList && firstReader.TryGetValue(product, out var reader) && reader != label)
                {
                    throw new DataFlowException($"Module {label} adds to '{product}' after {reader} has read it.");
                }
                if (!product.IsList && producedBy.TryGetValue(product, out var first))
                {
                    throw new DataFlowException($"Module {label} produces '{product}', which {first} produces already.");
                }
                producedBy.TryAdd(product, label);
            }
        }
    }
}
