using System.Diagnostics;

namespace Drejebog.Site.Pipeline;

/// <summary>A named sequence of modules; the documents flow from one module to the next.</summary>
public sealed class NamedPipeline(string name, params IModule[] modules)
{
    public string Name { get; } = name;

    public IReadOnlyList<IModule> Modules { get; } = modules;

    public IReadOnlyList<Document> Run(IReadOnlyList<Document> documents, BuildContext context)
    {
        var watch = Stopwatch.StartNew();
        context.Progress.PipelineStarted(Name);
        foreach (var module in Modules)
        {
            documents = module.Execute(documents, context);
        }
        watch.Stop();
        context.Timings.Add(new PipelineTiming(Name, watch.Elapsed));
        context.Progress.PipelineFinished(Name, documents.Count, watch.Elapsed);
        return documents;
    }
}
