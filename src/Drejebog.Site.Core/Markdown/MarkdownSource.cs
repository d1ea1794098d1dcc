using Drejebog.Site.Diagnostics;
using Markdig.Syntax;

namespace Drejebog.Site.Markdown;

/// <summary>
/// The Markdown body of one file and where to report its problems: turns Markdig's zero-based,
/// body-relative positions into the file's line and column.
/// </summary>
/// <param name="Path">File path for diagnostics.</param>
/// <param name="Body">The Markdown text Markdig parsed.</param>
/// <param name="BodyLine">File line of the body's first line.</param>
/// <param name="Diagnostics">Where problems go.</param>
public sealed record MarkdownSource(string Path, string Body, int BodyLine, DiagnosticBag Diagnostics)
{
    /// <summary>Where Markdig says the object starts.</summary>
    public SourcePosition PositionOf(MarkdownObject markdownObject) =>
        new(BodyLine + markdownObject.Line, markdownObject.Column + 1);

    /// <summary>Where a character offset in the body is.</summary>
    public SourcePosition PositionAt(int offset)
    {
        var inBody = SourcePosition.FromOffset(Body, offset);
        return new SourcePosition(BodyLine + inBody.Line - 1, inBody.Column);
    }

    public void Error(SourcePosition position, ErrorCode code, params object?[] args) => Diagnostics.Error(Path, position, code, args);

    public void Warning(SourcePosition position, ErrorCode code, params object?[] args) => Diagnostics.Warning(Path, position, code, args);
}
