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
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            var position = new SourcePosition(checked((int)error.Start.Line) + firstLine - 1, checked((int)error.Start.Column));
            diagnostics.Error(displayPath, position, ErrorCodes.InvalidYaml, Describe(error));
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

    // YamlDotNet's messages repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): "); we print our own.
    private static string Describe(YamlException error)
    {
        var message = (error.InnerException as YamlException)?.Message ?? error.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
