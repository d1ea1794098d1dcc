namespace Drejebog.Site.Yaml;

/// <summary>
/// Limits on YAML structure, checked on the parser's events before any tree is built, so that no
/// input can exhaust the stack (the tree builder recurses once per level) or expand without
/// bound (billion laughs), and so that a large file is refused before it takes long. All are far above anything the playbook's front matter needs.
/// </summary>
public static class YamlLimits
{
    /// <summary>Deepest nesting of lists and mappings; the real content needs three levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (mappings, lists, scalars and aliases) written in a file; the real files have at most a few hundred.</summary>
    public const int MaxValues = 10_000;

    /// <summary>Most values that all aliases (<c>*name</c>) in a file may stand for together, counted as expanded.</summary>
    public const int MaxAliasExpansion = 10_000;
}
