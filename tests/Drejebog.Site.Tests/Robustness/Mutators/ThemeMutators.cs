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
    // Never inside a {% comment %} block, where Liquid rightly ignores it.
    private static Mutation Append(OriginalSite site, Random random, string liquid)
    {
        var path = random.One(site.Templates);
        var lines = site.Lines(path);
        var outside = PositionsOutsideComments(lines);
        var at = outside[random.Next(outside.Count)];
        lines.Insert(at, liquid);
        return new Mutation($"{path}: inserted `{liquid}` as line {at + 1}", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }

    /// <summary>The places a line can be inserted that are not between a comment's opening and closing tag.</summary>
    private static List<int> PositionsOutsideComments(List<string> lines)
    {
        var positions = new List<int>();
        var inComment = false;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (!inComment)
            {
                positions.Add(i);
            }
            if (i < lines.Count)
            {
                inComment = (inComment || lines[i].Contains("comment -%}", StringComparison.Ordinal) || lines[i].Contains("comment %}", StringComparison.Ordinal))
                    && !lines[i].Contains("endcomment", StringComparison.Ordinal);
            }
        }
        return positions;
    }
}
