using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>One milestone, read from <c>input/milepaele/*.md</c>.</summary>
public sealed record Milestone(
    string Id,
    SourcePosition IdPosition,
    string Title,
    Reference Phase,
    int Order,
    SourcePosition OrderPosition,
    string Summary,
    IReadOnlyList<Deliverable> Deliverables,
    IReadOnlyList<Responsibility> Responsibilities,
    IReadOnlyList<Reference> DependsOn,
    IReadOnlyList<Tool> Resources,
    ContentStatus Status) : IContentItem
{
    public string Url => ContentKinds.Milestone.UrlOf(Id);

    public IReadOnlyList<Tool> LinkedTools => Resources;
}
