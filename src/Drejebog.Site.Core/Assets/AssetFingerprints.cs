using Drejebog.Site.Build;

namespace Drejebog.Site.Assets;

/// <summary>
/// The theme's files renamed with content hashes, their references to each other rewritten, and
/// the map from each original output path (<c>assets/css/site.css</c>) to its hashed one.
/// </summary>
public sealed class AssetFingerprints(IReadOnlyList<StaticFile> files, IReadOnlyDictionary<string, string> paths, IReadOnlyList<AssetProblem> problems)
{
    /// <summary>The folder every theme asset is written under, as in <c>/assets/css/site.css</c>.</summary>
    public const string Folder = "assets/";

    public static AssetFingerprints None { get; } = new([], new Dictionary<string, string>(), []);

    /// <summary>The files to write, under their hashed names.</summary>
    public IReadOnlyList<StaticFile> Files => files;

    /// <summary>Original output path → hashed output path.</summary>
    public IReadOnlyDictionary<string, string> Paths => paths;

    public IReadOnlyList<AssetProblem> Problems => problems;

    /// <summary>
    /// The URL of an asset named as templates name it, relative to <c>/assets/</c>
    /// (<c>css/site.css</c> → <c>/assets/css/site.3f9a1c2b.css</c>), or null when there is none.
    /// </summary>
    public string? Url(string name) => paths.TryGetValue(Folder + name, out var hashed) ? "/" + hashed : null;
}
