namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>Corruptions of the theme's Liquid templates: bytes, lines, unclosed tags, unknown names.</summary>
internal static class ThemeMutators
{
    public static IEnumerable<MutationKind> All =>
    [
        new("theme-byte-flip", Flip),
        new("theme-line-delete", DeleteLine),
        new("theme-unclosed-tag", (site, random) => Append(site, random, random.One(["{% if page %}", "{% for x in page.titler %}", "{{ page.title", "{% raw %}"]))),
        new("theme-unknown-name", (site, random) => Append(site, random, random.One(["{{ findes_ikke.felt }}", "{{ page.title | findes_ikke }}", "{% findes_ikke %}"]))),
    ];

    private static Mutation Flip(OriginalSite site, Random random)
    {
        var path = random.One(site.Templates);
        var bytes = site.Bytes(path).ToArray();
        var at = random.Next(bytes.Length);
        var bit = 1 << random.Next(8);
        bytes[at] ^= (byte)bit;
        return Mutation.Change(path, bytes, $"flipped bit 0x{bit:X2} of byte {at}");
    }

    private static Mutation DeleteLine(OriginalSite site, Random random)
    {
        var path = random.One(site.Templates);
        var lines = site.Lines(path);
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return Mutation.Change(path, OriginalSite.Join(lines), $"deleted line {at + 1}");
    }

    // Every template is used by some page, so a broken one must fail the build, in that template.
    private static Mutation Append(OriginalSite site, Random random, string liquid)
    {
        var path = random.One(site.Templates);
        var lines = site.Lines(path);
        var at = random.Next(lines.Count + 1);
        lines.Insert(at, liquid);
        return new Mutation($"{path}: inserted `{liquid}` as line {at + 1}", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }
}
