using System.Diagnostics;

namespace Drejebog.Site.Pipeline;

/// <summary>A named sequence of modules; the documents flow from one module to the next.</summary>
public sealed class NamedPipeline<TDocument, TContext>(string name, params IModule<TDocument, TContext>[] modules)
    where TContext : IPipelineContext<TDocument>
{
    public string Name { get; } = name;

    public IReadOnlyList<IModule<TDocument, TContext>> Modules { get; } = modules;

    public IReadOnlyList<TDocument> Run(IReadOnlyList<TDocument> documents, TContext context, ProductStore products)
    {
        var watch = Stopwatch.StartNew();
        context.Progress.PipelineStarted(Name);
        foreach (var module in Modules)
        {
            documents = module.Execute(documents, context, products.For(module.Name, module.Needs, module.Produces));
        }
        watch.Stop();
        context.Timings.Add(new PipelineTiming(Name, watch.Elapsed));
        context.Progress.PipelineFinished(Name, documents.Count, watch.Elapsed);
        return documents;
    }
}
