using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Assets;

/// <summary>
/// Gives every theme asset a content hash in its name, so the files can be cached for a year:
/// <c>css/site.css</c> becomes <c>css/site.3f9a1c2b.css</c>. Stylesheets and scripts name other
/// assets (<c>url(…)</c>, <c>import … from './x.js'</c>); those references are rewritten to the
/// hashed names first, and a file is hashed after the files it names, so a change anywhere below a
/// module changes its name too. Each file is read and hashed once per build.
/// </summary>
public static partial class AssetFingerprinter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static AssetFingerprints Fingerprint(IReadOnlyList<StaticFile> assets)
    {
        var byPath = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            byPath[asset.OutputPath] = asset;
        }
        var problems = new ConcurrentQueue<AssetProblem>();
        var hashes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var texts = new ConcurrentDictionary<string, TextAsset>(StringComparer.Ordinal);

        // Fonts and images in parallel; stylesheets and scripts are read and scanned here, hashed below.
        Parallel.ForEach(byPath.Values, file =>
        {
            try
            {
                if (IsText(file.OutputPath))
                {
                    texts[file.OutputPath] = Scan(file, byPath, problems);
                }
                else
                {
                    hashes[file.OutputPath] = HashOf(file);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                problems.Enqueue(new AssetProblem(file, SourcePosition.Start, ErrorCodes.AssetUnreadable, error.Message));
            }
        });

        var rewritten = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        new DependencyOrder(texts, hashes, rewritten, problems).Run();

        var files = new List<StaticFile>(byPath.Count);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, file) in byPath)
        {
            if (!hashes.TryGetValue(path, out var hash))
            {
                continue;
            }
            var hashed = ContentHash.Insert(path, hash);
            paths[path] = hashed;
            files.Add(rewritten.TryGetValue(path, out var bytes)
                ? new StaticFile(hashed, null, bytes, file.SourcePath)
                : file with { OutputPath = hashed });
        }
        return new AssetFingerprints(files, paths, [.. problems]);
    }

    private static bool IsText(string path) =>
        path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".mjs", StringComparison.Ordinal);

    private static byte[] Bytes(StaticFile file) => file.Content ?? File.ReadAllBytes(file.DiskPath!);

    private static string HashOf(StaticFile file)
    {
        if (file.Content is not null)
        {
            return ContentHash.Of(file.Content);
        }
        using var stream = File.OpenRead(file.DiskPath!);
        return ContentHash.Of(stream);
    }

    /// <summary>Reads a stylesheet or script and resolves the files it names.</summary>
    private static TextAsset Scan(StaticFile file, Dictionary<string, StaticFile> assets, ConcurrentQueue<AssetProblem> problems)
    {
        var bytes = Bytes(file);
        var text = Utf8.GetString(bytes);
        var isScript = !file.OutputPath.EndsWith(".css", StringComparison.Ordinal);
        List<AssetReference> found;
        if (isScript)
        {
            (found, var computed) = JsImports.Find(text);
            foreach (var offset in computed)
            {
                problems.Enqueue(new AssetProblem(file, SourcePosition.FromOffset(text, offset), ErrorCodes.ComputedImport));
            }
        }
        else
        {
            found = CssReferences.Find(text);
        }

        var references = new List<(AssetReference Reference, string Target)>();
        foreach (var reference in found)
        {
            var (target, missing) = Resolve(file.OutputPath, reference.Value, isScript, assets);
            if (target is not null)
            {
                references.Add((reference, target));
            }
            else if (missing is not null)
            {
                problems.Enqueue(new AssetProblem(file, SourcePosition.FromOffset(text, reference.Start), ErrorCodes.AssetReferenceMissing, reference.Value, missing));
            }
        }
        return new TextAsset(file, bytes, text, references);
    }

    /// <summary>
    /// The asset a reference names, or (null, path) when it names a path under <c>assets/</c> that
    /// no asset has, or (null, null) when it is not ours: data URLs, other sites, <c>/pagefind/</c>,
    /// bare module names.
    /// </summary>
    private static (string? Target, string? Missing) Resolve(string from, string value, bool isScript, Dictionary<string, StaticFile> assets)
    {
        if (value.Length == 0 || value[0] == '#' || value.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(value))
        {
            return (null, null);
        }
        if (isScript && !(value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal) || value[0] == '/'))
        {
            return (null, null);
        }
        var end = value.IndexOfAny(['?', '#']);
        var pathPart = Uri.UnescapeDataString(end < 0 ? value : value[..end]);
        var resolved = Normalise(pathPart[0] == '/' ? pathPart[1..] : from[..(from.LastIndexOf('/') + 1)] + pathPart);
        if (resolved is null)
        {
            return (null, null);
        }
        if (assets.ContainsKey(resolved))
        {
            return (resolved, null);
        }
        return resolved.StartsWith(AssetFingerprints.Folder, StringComparison.Ordinal) ? (null, "/" + resolved) : (null, null);
    }

    /// <summary>Removes <c>.</c> and <c>..</c> segments; null when the path climbs above the site.</summary>
    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>Hashes the stylesheets and scripts, each after the ones it names.</summary>
    private sealed class DependencyOrder(
        ConcurrentDictionary<string, TextAsset> texts,
        ConcurrentDictionary<string, string> hashes,
        Dictionary<string, byte[]> rewritten,
        ConcurrentQueue<AssetProblem> problems)
    {
        private readonly HashSet<string> done = new(StringComparer.Ordinal);
        private readonly List<string> chain = [];

        public void Run()
        {
            foreach (var path in texts.Keys.Order(StringComparer.Ordinal))
            {
                Visit(path);
            }
        }

        private void Visit(string path)
        {
            if (done.Contains(path))
            {
                return;
            }
            var asset = texts[path];
            chain.Add(path);
            foreach (var (reference, target) in asset.References)
            {
                var open = chain.IndexOf(target);
                if (open >= 0)
                {
                    var cycle = string.Join(" → ", chain.Skip(open).Append(target).Select(p => p[AssetFingerprints.Folder.Length..]));
                    problems.Enqueue(new AssetProblem(asset.File, SourcePosition.FromOffset(asset.Text, reference.Start), ErrorCodes.AssetCycle, cycle));
                }
                else if (texts.ContainsKey(target))
                {
                    Visit(target);
                }
            }
            chain.RemoveAt(chain.Count - 1);

            var text = new StringBuilder(asset.Text.Length + 16 * asset.References.Count);
            var copied = 0;
            foreach (var (reference, target) in asset.References)
            {
                // A reference into a cycle has no hash to point to; the cycle is reported.
                if (!hashes.TryGetValue(target, out var hash))
                {
                    continue;
                }
                var end = reference.Value.IndexOfAny(['?', '#']);
                var pathPart = end < 0 ? reference.Value : reference.Value[..end];
                text.Append(asset.Text, copied, reference.Start - copied)
                    .Append(ContentHash.Insert(pathPart, hash))
                    .Append(reference.Value, pathPart.Length, reference.Value.Length - pathPart.Length);
                copied = reference.Start + reference.Length;
            }
            if (copied == 0)
            {
                hashes[path] = ContentHash.Of(asset.Bytes);
            }
            else
            {
                text.Append(asset.Text, copied, asset.Text.Length - copied);
                var bytes = Utf8.GetBytes(text.ToString());
                hashes[path] = ContentHash.Of(bytes);
                rewritten[path] = bytes;
            }
            done.Add(path);
        }
    }

    private sealed record TextAsset(StaticFile File, byte[] Bytes, string Text, List<(AssetReference Reference, string Target)> References);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
