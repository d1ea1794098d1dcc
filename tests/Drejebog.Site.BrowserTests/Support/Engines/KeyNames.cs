using System.Text.Json.Nodes;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// Keys by the names Playwright and <c>KeyboardEvent.key</c> use, and their code points in the
/// WebDriver key table (WebDriver classic and BiDi share it), for the keys the flows press.
/// </summary>
internal static class KeyNames
{
    private static readonly Dictionary<string, string> WebDriver = new(StringComparer.Ordinal)
    {
        ["Tab"] = "\uE004",
        ["Enter"] = "\uE007",
        ["Escape"] = "\uE00C",
        ["ArrowUp"] = "\uE013",
        ["ArrowDown"] = "\uE015",
    };

    public static string WebDriverValue(string key) =>
        WebDriver.TryGetValue(key, out var value) ? value : throw new ArgumentException($"No WebDriver value for the key {key}; add it to {nameof(KeyNames)}.", nameof(key));

    /// <summary>A keyDown and keyUp per character (code point) of <paramref name="text"/>, as WebDriver key actions.</summary>
    public static JsonArray Actions(string text)
    {
        var keys = new JsonArray();
        foreach (var rune in text.EnumerateRunes())
        {
            keys.Add(new JsonObject { ["type"] = "keyDown", ["value"] = rune.ToString() });
            keys.Add(new JsonObject { ["type"] = "keyUp", ["value"] = rune.ToString() });
        }
        return keys;
    }
}
