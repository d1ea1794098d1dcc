using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.FrontMatter;
using Drejebog.Site.Yaml;

namespace Drejebog.Site.Modules;

/// <summary>Splits each document into YAML front matter and Markdown body and parses the YAML.</summary>
public sealed class ParseFrontMatter : DocumentModule
{
    public override long Cost(Document document) => document.Text.Length;

    public override Document Apply(Document document, BuildContext context) =>
        document.Failed ? document : Parse(document, context.Diagnostics);

    private static Document Parse(Document document, DiagnosticBag diagnostics)
    {
        var (split, error) = FrontMatterSplitter.Split(document.Text);
        if (split is null)
        {
            diagnostics.Error(document.DisplayPath, SourcePosition.Start, error!);
            return document with { Failed = true };
        }

        var yaml = YamlLoader.Load(split.Yaml, split.YamlLine, document.DisplayPath, diagnostics);
        return document with
        {
            // A file whose YAML is broken keeps what was read before the error: its id, if that came first.
            FrontMatter = yaml.Mapping ?? yaml.ReadBeforeError,
            FrontMatterLine = split.YamlLine,
            Body = split.Body,
            BodyLine = split.BodyLine,
            Failed = yaml.Mapping is null,
        };
    }
}
