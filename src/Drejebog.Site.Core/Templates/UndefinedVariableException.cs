namespace Drejebog.Site.Templates;

/// <summary>A template used a variable, or a key of a view model, that is not there.</summary>
/// <param name="name">The name as written in the template, without what comes before a dot.</param>
/// <param name="isMember">True for a key after a dot (<c>page.titel</c>), false for a variable (<c>titel</c>).</param>
public sealed class UndefinedVariableException(string name, bool isMember) : Exception($"Undefined variable '{name}'")
{
    public string Name { get; } = name;

    public bool IsMember { get; } = isMember;
}
