namespace Drejebog.Site.Pipeline;

/// <summary>A named result that one module produces and later modules need (<see cref="Product{T}"/>, <see cref="ProductList{T}"/>).</summary>
public abstract class Product(string name)
{
    public string Name { get; } = name;

    /// <summary>Whether several modules add to it (<see cref="ProductList{T}"/>).</summary>
    internal virtual bool IsList => false;

    public override string ToString() => Name;
}

/// <summary>One value, produced by exactly one module (the content graph, the site settings).</summary>
public sealed class Product<T>(string name) : Product(name);
