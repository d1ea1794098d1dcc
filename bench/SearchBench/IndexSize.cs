using Drejebog.Site.Bench;

namespace Drejebog.Site.SearchBench;

/// <summary>The Pagefind folder on disk, split into Pagefind's fixed bundle and this site's index data.</summary>
internal static class IndexSize
{
    public static void Print(string pagefindFolder, TextWriter output)
    {
        var files = Directory.EnumerateFiles(pagefindFolder, "*", SearchOption.AllDirectories)
            .Select(file => (Kind: FileKind.ForPagefindPath(Path.GetRelativePath(pagefindFolder, file).Replace('\\', '/')), Bytes: new FileInfo(file).Length))
            .ToList();
        var table = new TextTable(1, "file or kind", "files", "bytes");
        foreach (var part in new[] { FilePart.Bundle, FilePart.Index })
        {
            var inPart = files.Where(f => f.Kind.Part == part).ToList();
            foreach (var group in inPart.GroupBy(f => f.Kind.Name).OrderBy(g => g.First().Kind.Rank).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                table.Row("  " + group.Key, group.Count(), group.Sum(f => f.Bytes));
            }
            table.Row(part == FilePart.Bundle ? "fixed JS/wasm bundle" : "index + fragments + meta", inPart.Count, inPart.Sum(f => f.Bytes));
        }
        table.Row("total", files.Count, files.Sum(f => f.Bytes));
        table.WriteTo(output);
    }
}
