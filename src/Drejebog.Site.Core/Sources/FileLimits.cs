namespace Drejebog.Site.Sources;

/// <summary>
/// How large one source file may be. A file is checked against its limit from its length before
/// it is read, and read no further than the limit, so a giant file (or a link to a device that never
/// ends) is an error at the file instead of exhausting memory. Both limits are far above anything
/// the drejebog holds: its largest Markdown file is a few kilobytes, its largest image well under 1 MB.
/// </summary>
public static class FileLimits
{
    /// <summary>
    /// Markdown, YAML and Liquid: parsed into trees and strings many times their size (a 50 MB
    /// front-matter value took 1.6 GB), so 1 MB, about 300 printed pages of text.
    /// </summary>
    public const long TextBytes = 1_000_000;

    /// <summary>Images, attachments (PDF, Word, Excel), fonts, stylesheets and scripts: held in memory and copied, so 20 MB.</summary>
    public const long OtherBytes = 20_000_000;

    private static readonly string[] TextExtensions = [".md", ".yml", ".yaml", ".liquid", ".json"];

    /// <summary>Whether the build parses <paramref name="path"/> as text (Markdown, YAML, Liquid, JSON).</summary>
    public static bool IsText(string path) => TextExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    public static long For(string path) => IsText(path) ? TextBytes : OtherBytes;

    /// <summary>What kind of file the limit is for, as the message names it.</summary>
    public static string KindOf(string path) => IsText(path) ? "en tekstfil (Markdown, YAML, JSON eller skabelon)" : "et billede, et bilag eller en anden fil";
}
