using System.Reflection;

namespace Drejebog.Site.Cli.Preview;

/// <summary>The preview's own files under <c>/_preview/</c>, embedded in the program.</summary>
internal static class PreviewAssets
{
    private static readonly Dictionary<string, PreviewAsset> ByName = new(StringComparer.Ordinal)
    {
        ["reload.js"] = Load("reload.js", "text/javascript; charset=utf-8"),
        ["preview.css"] = Load("preview.css", "text/css; charset=utf-8"),
    };

    public static PreviewAsset? Find(string name) => ByName.GetValueOrDefault(name);

    private static PreviewAsset Load(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"preview/{name}")
            ?? throw new InvalidOperationException($"The program has no embedded preview/{name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PreviewAsset(copy.ToArray(), contentType);
    }
}

internal sealed record PreviewAsset(byte[] Content, string ContentType);
