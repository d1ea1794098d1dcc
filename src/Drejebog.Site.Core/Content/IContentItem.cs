using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>A page model with an id of its own (phase, milestone, role): its URL comes from the id, and other files refer to it by it.</summary>
public interface IContentItem : IPageModel
{
    string Id { get; }

    /// <summary>The page's URL, made from the id.</summary>
    string Url { get; }

    /// <summary>Where the id is written, for messages about it.</summary>
    SourcePosition IdPosition { get; }
}
