namespace Drejebog.Site.Content;

/// <summary>Whether the pages of a kind are in the main menu (see <see cref="ContentKind.Navigation"/>).</summary>
public enum NavigationEntry
{
    None,

    /// <summary>Pages whose front matter sets <c>nav_order</c>, in that order; the first one leads the menu.</summary>
    WhenNavOrder,

    /// <summary>Every page of the kind, in the playbook's reading order, after the first <see cref="WhenNavOrder"/> page.</summary>
    Always,
}
