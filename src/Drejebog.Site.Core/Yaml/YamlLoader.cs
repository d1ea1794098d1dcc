using System.Text.RegularExpressions;
using Drejebog.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Yaml;

/// <summary>
/// Parses a YAML text into a mapping, reporting errors at their file line. The text is read in
/// two passes: the parser's events are checked one by one against <see cref="YamlLimits"/>, and
/// only a text that passes is built into a tree (by YamlDotNet, recursively: the depth limit keeps that shallow).
/// </summary>
public static partial class YamlLoader
{
    public static YamlLoadResult Load(string yaml, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        var checker = new YamlEventChecker();
        var events = ReadChecked(yaml, checker, firstLine, displayPath, diagnostics);
        if (events is null)
        {
            return YamlLoadResult.Failed(checker.TopLevelScalars);
        }

        if (DuplicateKey.Find(events) is var (name, first, second))
        {
            diagnostics.Error(displayPath, At(second, firstLine), ErrorCodes.DuplicateKey, name, At(first, firstLine).Line);
            return YamlLoadResult.Failed(checker.TopLevelScalars);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new ReplayParser(events));
        }
        catch (YamlException error)
        {
            // Nothing the events let through is known to fail here; should something, it is still said in Danish.
            Report(YamlSyntaxError.Unreadable(error.Start), firstLine, displayPath, diagnostics);
            return YamlLoadResult.Failed(checker.TopLevelScalars);
        }
        var mapping = RootMapping(stream, firstLine, displayPath, diagnostics);
        return mapping is null ? YamlLoadResult.Failed(checker.TopLevelScalars) : new YamlLoadResult(mapping, null);
    }

    /// <summary>Every event of the text, or null when one is refused or the text is not YAML (reported).</summary>
    private static List<ParsingEvent>? ReadChecked(string yaml, YamlEventChecker checker, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        try
        {
            // The parser is iterative and lazy (it holds tokens back only while a `:` may still
            // make them a key: at most 1,024 characters, on one line), so stopping at the first
            // refused event bounds its work too. That matters: its scanner takes time quadratic
            // in the depth of flow collections `[[[…`.
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (checker.Check(current) is { } problem)
                {
                    diagnostics.Error(displayPath, At(problem.Start, firstLine), problem.Code, problem.Args);
                    return null;
                }
                events.Add(current);
            }
            return events;
        }
        catch (YamlException error)
        {
            // The parser's English is only read to tell the mistakes apart, never shown.
            var message = ParserMessage(error);
            var problem = IndentationTab.Find(yaml, error, message) is { } tab
                ? new YamlProblem(tab, ErrorCodes.TabIndentation, [])
                : YamlSyntaxError.Classify(yaml, firstLine, error.Start, message);
            Report(problem, firstLine, displayPath, diagnostics);
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's scanner throws this for a high surrogate escape followed by an escape that
            // is not a low surrogate (`"\uD800\u0041"`); report it at the escape.
            var escape = UnpairedSurrogate().Match(yaml);
            var start = escape.Success ? PositionIn(yaml, escape.Index) : events.Count > 0 ? events[^1].Start : Mark.Empty;
            diagnostics.Error(displayPath, At(start, firstLine), ErrorCodes.InvalidYaml, UnpairedSurrogateMessage);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unfinished
            // flow collections ("title: [ødelagt"); report it at the bracket, or else at the last thing that could be read.
            var lastStart = events.Count > 0 ? events[^1].Start : Mark.Empty;
            Report(YamlSyntaxError.UnclosedBracketOr(yaml, yaml.Length, lastStart), firstLine, displayPath, diagnostics);
            return null;
        }
    }

    private static YamlMappingNode? RootMapping(YamlStream stream, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        if (stream.Documents.Count == 0)
        {
            return [];
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }
        if (root is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        diagnostics.Error(displayPath, At(root.Start, firstLine), ErrorCodes.NotAMapping);
        return null;
    }

    private const string UnpairedSurrogateMessage = "escape-koden `\\uD800`–`\\uDBFF` skal efterfølges af en `\\uDC00`–`\\uDFFF`, så de to tilsammen er ét tegn. Skriv tegnet selv i stedet for escape-koderne.";

    /// <summary>A high surrogate escape not followed by a low one (the first such, where the scanner stops).</summary>
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})")]
    private static partial Regex UnpairedSurrogate();

    /// <summary>The one-based line and column of a character index, as a YamlDotNet mark.</summary>
    internal static Mark PositionIn(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return new Mark(index, line, index - lineStart + 1);
    }

    private static SourcePosition At(Mark mark, int firstLine) =>
        new(checked((int)mark.Line) + firstLine - 1, checked((int)mark.Column));

    private static void Report(YamlProblem problem, int firstLine, string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(displayPath, At(problem.Start, firstLine), problem.Code, problem.Args);

    // YamlDotNet's messages may repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): ").
    private static string ParserMessage(YamlException error)
    {
        var message = (error.InnerException as YamlException)?.Message ?? error.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
