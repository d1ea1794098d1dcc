namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>Whole lines deleted, duplicated or swapped, and the front matter's <c>---</c> lines cut.</summary>
internal static class LineMutators
{
    public static IEnumerable<MutationKind> All =>
    [
        new("line-delete", (site, random) => Lines(site, random, "deleted", (lines, i) => lines.RemoveAt(i))),
        new("line-duplicate", (site, random) => Lines(site, random, "duplicated", (lines, i) => lines.Insert(i, lines[i]))),
        new("line-swap", (site, random) => Swap(site, random)),
        new("front-matter-cut-start", (site, random) => CutMarker(site, random, closing: false)),
        new("front-matter-cut-end", (site, random) => CutMarker(site, random, closing: true)),
    ];

    private static Mutation Lines(OriginalSite site, Random random, string what, Action<List<string>, int> change)
    {
        var path = random.One(site.InputFiles);
        var lines = site.Lines(path);
        var at = random.Next(lines.Count);
        change(lines, at);
        return Mutation.Change(path, OriginalSite.Join(lines), $"{what} line {at + 1}");
    }

    private static Mutation Swap(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var lines = site.Lines(path);
        var a = random.Next(lines.Count);
        var b = random.Line(lines, 0, lines.Count - 1, line => line != lines[a]) ?? a;
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Mutation.Change(path, OriginalSite.Join(lines), $"swapped lines {a + 1} and {b + 1}");
    }

    // Without its first `---` a page has no front matter; without its last one the front matter never ends.
    private static Mutation CutMarker(OriginalSite site, Random random, bool closing)
    {
        var path = random.One(site.MarkdownFiles);
        var lines = site.Lines(path);
        var at = closing ? lines.IndexOf("---", 1) : 0;
        lines.RemoveAt(at);
        return new Mutation($"{path}: deleted the {(closing ? "closing" : "opening")} `---` on line {at + 1}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }
}
