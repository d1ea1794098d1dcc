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

    /// <summary>Where each line of the body starts; built on the first lookup, so a body with many problems is not scanned once per problem.</summary>
    private int[]? lineStarts;

    /// <summary>Where a character offset in the body is.</summary>
    public SourcePosition PositionAt(int offset)
    {
        lineStarts ??= LineStarts(Body);
        offset = Math.Clamp(offset, 0, Body.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(BodyLine + line, offset - lineStarts[line] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        return [.. starts];
    }

    public void Error(SourcePosition position, ErrorCode code, params object?[] args) => Diagnostics.Error(Path, position, code, args);

    public void Warning(SourcePosition position, ErrorCode code, params object?[] args) => Diagnostics.Warning(Path, position, code, args);
}
