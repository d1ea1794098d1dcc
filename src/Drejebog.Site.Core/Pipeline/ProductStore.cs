namespace Drejebog.Site.Pipeline;

/// <summary>
/// The products of one run of the pipelines. Modules reach it only through their own
/// <see cref="ModuleProducts"/>; whoever ran the pipelines reads the results here afterwards.
/// </summary>
public sealed class ProductStore
{
    private readonly Dictionary<Product, object?> values = [];
    private readonly Dictionary<Product, List<object?>> lists = [];

    /// <summary>The view of one module: it may read what it needs and write what it produces, nothing else.</summary>
    public ModuleProducts For(string module, IReadOnlyList<Product> needs, IReadOnlyList<Product> produces) =>
        new(this, module, needs, produces);

    /// <summary>The value a module produced.</summary>
    /// <exception cref="DataFlowException">No module produced it.</exception>
    public T Get<T>(Product<T> product) =>
        values.TryGetValue(product, out var value) ? (T)value! : throw new DataFlowException($"No module has produced '{product}'.");

    /// <summary>The items the modules added, in the order they added them.</summary>
    public IReadOnlyList<T> Get<T>(ProductList<T> product) =>
        lists.TryGetValue(product, out var items) ? [.. items.Cast<T>()] : [];

    internal void Set<T>(Product<T> product, T value)
    {
        lock (values)
        {
            if (!values.TryAdd(product, value))
            {
                throw new DataFlowException($"'{product}' is produced twice.");
            }
        }
    }

    internal void Add<T>(ProductList<T> product, IEnumerable<T> items)
    {
        lock (lists)
        {
            if (!lists.TryGetValue(product, out var list))
            {
                lists[product] = list = [];
            }
            list.AddRange(items.Cast<object?>());
        }
    }
}
