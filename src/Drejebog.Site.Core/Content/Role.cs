using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>A role in the programme organisation, read from <c>input/roller/&lt;id&gt;.md</c>.</summary>
public sealed record Role(
    string Id,
    SourcePosition IdPosition,
    string Title,
    int Order,
    string Summary,
    Reference? ReportsTo,
    string? Experience,
    ContentStatus Status) : IContentItem
{
    public string Url => ContentKinds.Role.UrlOf(Id);

    /// <summary>The group role this role sits in (<c>member_of</c>), drawn inside that group's box in the organisation chart.</summary>
    public Reference? MemberOf { get; init; }

    /// <summary>The role this one assists from outside the programme line (<c>supports</c>).</summary>
    public Reference? Supports { get; init; }
}
