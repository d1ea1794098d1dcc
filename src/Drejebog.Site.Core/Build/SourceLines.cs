using Drejebog.Site.Diagnostics;
using Drejebog.Site.Modules;

namespace Drejebog.Site.Build;

/// <summary>
/// The lines of the text sources a build read (the input's Markdown files and <c>site.yml</c>, the
/// theme's templates) by the path diagnostics name them with, so a diagnostic can show the line it
/// points at. Taken from the bytes in <see cref="SiteSources"/>, decoded as the build decodes them,
/// only for a file asked about; nothing is read from disk. Images and other files have no lines.
/// </summary>
public sealed class SourceLines
{
    private readonly IReadOnlyDictionary<string, Lazy<string[]?>> files;

    private SourceLines(IReadOnlyDictionary<string, Lazy<string[]?>> files) => this.files = files;

    public static SourceLines None { get; } = new(new Dictionary<string, Lazy<string[]?>>());

    public static SourceLines Of(SiteSources sources)
    {
        var files = new Dictionary<string, Lazy<string[]?>>(StringComparer.Ordinal);
        foreach (var file in sources.InputFiles.Where(f => !f.Unreadable && !ReadInputFiles.IsStaticFile(f.RelativePath)))
        {
            files[$"{sources.InputDisplayRoot}/{file.RelativePath}"] = new(() => Split(ReadInputFiles.Decode(file.Content, file.RelativePath, new DiagnosticBag())));
        }
        foreach (var (path, text) in sources.Templates)
        {
            files[$"{sources.ThemeDisplayRoot}/{path}"] = new(() => Split(text));
        }
        return new SourceLines(files);
    }

    /// <summary>The text of line <paramref name="line"/> (one-based) of the file at <paramref name="path"/>, without its line break; null when unknown.</summary>
    public string? Line(string path, int line) =>
        files.TryGetValue(path, out var lines) && lines.Value is { } text && line >= 1 && line <= text.Length ? text[line - 1] : null;

    private static string[]? Split(string? text) =>
        text?.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
}
