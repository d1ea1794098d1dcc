namespace Drejebog.Site.Pipeline;

/// <summary>
/// Items that several modules add to (generated files), read as a whole by later modules. Every
/// module that adds to it runs before the first module that reads it, so a reader sees all of it.
/// </summary>
public sealed class ProductList<T>(string name) : Product(name)
{
    internal override bool IsList => true;
}
