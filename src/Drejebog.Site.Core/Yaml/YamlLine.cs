using System.Text.RegularExpressions;

namespace Drejebog.Site.Yaml;

/// <summary>
/// One line of a YAML text as an editor wrote it, with the few facts the error classifier reads from
/// it: its indentation, whether it is a list item, and the field name it starts (<c>title:</c>) or
/// looks like it should start (<c>order 9</c>, the colon forgotten).
/// </summary>
/// <param name="Number">The one-based line number in the YAML text.</param>
/// <param name="Text">The line without its line break.</param>
internal sealed partial record YamlLine(int Number, string Text)
{
    /// <summary>Leading spaces (tabs are reported before any line is classified).</summary>
    public int Indent { get; } = Text.Length - Text.TrimStart(' ').Length;

    public string Content => Text[Indent..];

    public bool IsBlank => Content.Length == 0 || Content.StartsWith('#');

    public bool IsListItem => Content == "-" || Content.StartsWith("- ", StringComparison.Ordinal);

    /// <summary>The field this line starts (after any <c>- </c>), and its zero-based column; null when it starts none.</summary>
    public (string Name, int Column)? Field =>
        FieldPattern().Match(Text) is { Success: true } match ? (match.Groups["key"].Value, match.Groups["key"].Index) : null;

    /// <summary>A line such as <c>order 9</c> or <c>deliverables</c>: a field name without its colon.</summary>
    public string? NameWithoutColon =>
        !Content.Contains(": ", StringComparison.Ordinal) && !Content.EndsWith(':') && NamePattern().Match(Content) is { Success: true } match
            ? match.Groups["key"].Value
            : null;

    /// <summary>The zero-based column of the first <c>: </c> (or a <c>:</c> ending the line) after a field name; -1 when there is none.</summary>
    public int FirstColon => Field is { } start ? Text.IndexOf(':', start.Column + start.Name.Length) : -1;

    /// <summary>The line's number in its file, for messages that name another line.</summary>
    public int FileLine { get; init; }

    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The file line it starts on.</param>
    public static IReadOnlyList<YamlLine> Split(string yaml, int firstLine) =>
        [.. yaml.Split('\n').Select((text, index) => new YamlLine(index + 1, text) { FileLine = index + firstLine })];

    [GeneratedRegex(@"^ *(?:- +)*(?<key>[A-Za-z_][A-Za-z0-9_-]*) *:(?: |$)")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*)(?: +[^:#]*)?$")]
    private static partial Regex NamePattern();
}
