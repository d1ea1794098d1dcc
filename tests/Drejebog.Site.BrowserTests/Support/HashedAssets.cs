using System.Text.RegularExpressions;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>Finds an asset of a built site under its content-hashed name, as the pages name it.</summary>
internal static class HashedAssets
{
    /// <summary>The URL path of the asset <paramref name="name"/> (relative to <c>/assets/</c>): <c>css/site.css</c> → <c>/assets/css/site.3f9a1c2b.css</c>.</summary>
    public static string Url(string outputFolder, string name)
    {
        var folder = Path.GetDirectoryName(name)!.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var pattern = new Regex($"^{Regex.Escape(stem)}\\.[0-9a-f]{{8}}{Regex.Escape(extension)}$");
        var file = Directory.GetFiles(Path.Combine(outputFolder, "assets", folder))
            .Select(Path.GetFileName)
            .Single(f => pattern.IsMatch(f!));
        return $"/assets/{folder}/{file}";
    }
}
