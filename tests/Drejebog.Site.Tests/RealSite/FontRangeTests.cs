using System.Globalization;
using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// The web fonts hold only the characters of their <c>unicode-range</c> (theme/tools/fonts.mjs):
/// a character outside it is drawn in another font, in the middle of a word. Every character the
/// content and the theme's text use must be inside it; a new one means widening the range there.
/// </summary>
public sealed partial class FontRangeTests
{
    [Fact]
    public void Every_character_of_the_content_and_theme_is_in_the_fonts_unicode_range()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Theme, "assets", "generated", "css", "dkfds.css"));
        var range = UnicodeRange().Match(css);
        Assert.True(range.Success, "no unicode-range in the generated dkfds.css");
        var ranges = range.Groups["ranges"].Value.Split(',').Select(Parse).ToList();
        // The text a reader sees: content (Markdown, site.yml), templates and the modules' messages.
        var files = new[] { (RepositoryRoot.Input, "*.md"), (RepositoryRoot.Input, "*.yml"), (Path.Combine(RepositoryRoot.Theme, "layouts"), "*.liquid"), (Path.Combine(RepositoryRoot.Theme, "partials"), "*.liquid"), (Path.Combine(RepositoryRoot.Theme, "assets", "js"), "*.js") }
            .SelectMany(f => Directory.EnumerateFiles(f.Item1, f.Item2, SearchOption.AllDirectories))
            .ToList();

        var outside = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var line = 0; line < lines.Length; line++)
            {
                foreach (var rune in lines[line].EnumerateRunes())
                {
                    if (rune.Value >= 0x20 && rune.Value != 0xFEFF && !ranges.Any(r => rune.Value >= r.From && rune.Value <= r.To))
                    {
                        outside.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line + 1}: U+{rune.Value:X4} {rune}");
                    }
                }
            }
        }

        Assert.True(files.Count > 50, $"only {files.Count} files read");
        Assert.True(outside.Count == 0, "characters outside the fonts' unicode-range (widen it in theme/tools/fonts.mjs and run npm run assets):\n" + string.Join('\n', outside));
    }

    private static (int From, int To) Parse(string part)
    {
        var bounds = part.Trim()[2..].Split('-').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        return (bounds[0], bounds[^1]);
    }

    [GeneratedRegex("""unicode-range:\s*(?<ranges>[^;}]+)""")]
    private static partial Regex UnicodeRange();
}
