namespace Drejebog.Site.Pipeline;

/// <summary>
/// One single-purpose step of a pipeline: takes documents, returns documents. What it reads from
/// earlier modules and what it leaves for later ones are declared (<see cref="Needs"/>,
/// <see cref="Produces"/>) and pass only through <see cref="ModuleProducts"/>, so the order of
/// modules follows from the data and is checked when the pipelines are put together.
/// </summary>
/// <typeparam name="TDocument">What flows through the pipeline (a page).</typeparam>
/// <typeparam name="TContext">The services of one build (sources, diagnostics …), which no module changes.</typeparam>
public interface IModule<TDocument, in TContext>
{
    /// <summary>How errors name the module.</summary>
    string Name => GetType().Name;

    /// <summary>Products of earlier modules this module reads.</summary>
    IReadOnlyList<Product> Needs => [];

    /// <summary>Products this module leaves for later modules.</summary>
    IReadOnlyList<Product> Produces => [];

    IReadOnlyList<TDocument> Execute(IReadOnlyList<TDocument> documents, TContext context, ModuleProducts products);
}
