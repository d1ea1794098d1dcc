using System.Text;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Turns the input's Markdown files into documents, decoding strictly as UTF-8. Other files
/// (images, attachments) are passed through to the output unchanged; <c>site.yml</c> is read
/// by <see cref="ReadSiteSettings"/>.
/// </summary>
public sealed class ReadInputFiles : IModule
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.StaticFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var result = new List<Document>();
        var staticFiles = new List<StaticFile>();
        foreach (var file in context.Sources.InputFiles.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            if (file.RelativePath == ReadSiteSettings.FileName)
            {
                continue;
            }
            if (IsStaticFile(file.RelativePath))
            {
                if (file.Unreadable)
                {
                    continue;
                }
                staticFiles.Add(new StaticFile(file.RelativePath, null, file.Content));
                continue;
            }

            var displayPath = context.InputPath(file.RelativePath);
            var text = file.Unreadable ? null : Decode(file.Content, displayPath, context.Diagnostics);
            result.Add(new Document
            {
                RelativePath = file.RelativePath,
                DisplayPath = displayPath,
                Text = text ?? "",
                Failed = text is null,
            });
        }
        products.Add(SiteProducts.StaticFiles, staticFiles);
        return result;
    }

    /// <summary>Whether an input file is published as it is, at its own path (an image, an attachment), rather than read as content.</summary>
    public static bool IsStaticFile(string relativePath) =>
        relativePath != ReadSiteSettings.FileName && !relativePath.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Decodes UTF-8 (without BOM) and normalises line endings; reports the first invalid byte.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException error)
        {
            var offset = start + Math.Max(0, error.Index);
            diagnostics.Error(displayPath, PositionOfByte(bytes, offset), ErrorCodes.NotUtf8, bytes[Math.Min(offset, bytes.Length - 1)]);
            return null;
        }
    }

    private static SourcePosition PositionOfByte(byte[] bytes, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            // Count characters, not bytes: continuation bytes (10xxxxxx) do not start a column.
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }
}
