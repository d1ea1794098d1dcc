namespace Drejebog.Site.Pipeline;

/// <summary>
/// What one module may take from and give to the other modules: the products it declared in
/// <see cref="IModule{TDocument, TContext}.Needs"/> and <see cref="IModule{TDocument, TContext}.Produces"/>.
/// Anything else fails loudly, so a module cannot come to depend on a product without saying so.
/// </summary>
public sealed class ModuleProducts
{
    private readonly ProductStore store;
    private readonly string module;
    private readonly IReadOnlyList<Product> needs;
    private readonly IReadOnlyList<Product> produces;

    internal ModuleProducts(ProductStore store, string module, IReadOnlyList<Product> needs, IReadOnlyList<Product> produces)
    {
        this.store = store;
        this.module = module;
        this.needs = needs;
        this.produces = produces;
    }

    /// <summary>A product this module needs.</summary>
    public T Get<T>(Product<T> product) => store.Get(Needed(product));

    /// <summary>Everything earlier modules added to a product this module needs.</summary>
    public IReadOnlyList<T> Get<T>(ProductList<T> product) => store.Get(Needed(product));

    /// <summary>Produces a product this module declares.</summary>
    public void Set<T>(Product<T> product, T value) => store.Set(Produced(product), value);

    /// <summary>Adds to a product this module declares.</summary>
    public void Add<T>(ProductList<T> product, IEnumerable<T> items) => store.Add(Produced(product), items);

    /// <summary>The view of a module that runs inside this one (a per-document pass): its declarations must be part of this one's.</summary>
    public ModuleProducts For(string inner, IReadOnlyList<Product> innerNeeds, IReadOnlyList<Product> innerProduces)
    {
        var undeclared = innerNeeds.Where(p => !needs.Contains(p)).Concat(innerProduces.Where(p => !produces.Contains(p))).FirstOrDefault();
        return undeclared is null
            ? new(store, inner, innerNeeds, innerProduces)
            : throw new DataFlowException($"Module '{inner}' declares '{undeclared}', which the module '{module}' it runs in does not.");
    }

    private TProduct Needed<TProduct>(TProduct product)
        where TProduct : Product =>
        needs.Contains(product) ? product : throw new DataFlowException($"Module '{module}' reads '{product}' but does not declare it in Needs.");

    private TProduct Produced<TProduct>(TProduct product)
        where TProduct : Product =>
        produces.Contains(product) ? product : throw new DataFlowException($"Module '{module}' produces '{product}' but does not declare it in Produces.");
}
