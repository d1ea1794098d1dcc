using Drejebog.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Modules;

/// <summary>Parses a YAML text into a mapping, reporting syntax errors at their file line.</summary>
public static class YamlLoader
{
    public static YamlMappingNode? Load(string yaml, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(yaml);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException error)
        {
            diagnostics.Error(displayPath, At(error.Start, firstLine), ErrorCodes.InvalidYaml, Describe(error));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unfinished
            // flow collections ("title: [ødelagt"); report it at the last thing that could be read.
                        diagnostics.Error(displayPath, At(parser.LastStart, firstLine), ErrorCodes.InvalidYaml, UnfinishedCollection);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }
        if (root is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }
        diagnostics.Error(displayPath, new SourcePosition(checked((int)root.Start.Line) + firstLine - 1, checked((int)root.Start.Column)), ErrorCodes.NotAMapping);
        return null;
    }

    private const string UnfinishedCollection = "en liste i [ ] eller felter i { } mangler den afsluttende parentes, eller et tegn står et sted, hvor det ikke må stå.";

    private static SourcePosition At(Mark mark, int firstLine) =>
        new(checked((int)mark.Line) + firstLine - 1, checked((int)mark.Column));

    // YamlDotNet's messages repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): "); we print our own.
    private static string Describe(YamlException error)
    {
        var message = (error.InnerException as YamlException)?.Message ?? error.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
