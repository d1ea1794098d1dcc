namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>Corruptions below the text: flipped, inserted and deleted bytes, invalid UTF-8, NUL, BOM, CR.</summary>
internal static class ByteMutators
{
    public static IEnumerable<MutationKind> All =>
    [
        new("byte-flip", (site, random) => Flip(site, random)),
        new("byte-insert", (site, random) => Insert(site, random, [(byte)random.Next(256)], "a random byte")),
        new("byte-delete", (site, random) => Delete(site, random)),
        new("byte-truncate", (site, random) => Truncate(site, random)),
        new("utf8-invalid", (site, random) => InvalidUtf8(site, random)),
        new("utf8-overlong", (site, random) => Insert(site, random, [0xC0, 0xAF], "an overlong UTF-8 `/`")),
        new("nul-byte", (site, random) => Insert(site, random, [0], "a NUL byte")),
        new("bom-start", (site, random) => BomAtStart(site, random)),
        new("bom-inside", (site, random) => Insert(site, random, [0xEF, 0xBB, 0xBF], "a byte order mark")),
        new("cr-insert", (site, random) => Insert(site, random, [(byte)'\r'], "a lone CR")),
        new("cr-line-endings", (site, random) => LineEndings(site, random)),
    ];

    private static Mutation Flip(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var bytes = site.Bytes(path).ToArray();
        var at = random.Next(bytes.Length);
        var bit = 1 << random.Next(8);
        bytes[at] ^= (byte)bit;
        return Mutation.Change(path, bytes, $"flipped bit 0x{bit:X2} of byte {at}");
    }

    private static Mutation Insert(OriginalSite site, Random random, byte[] inserted, string what)
    {
        var path = random.One(site.InputFiles);
        var bytes = site.Bytes(path);
        var at = random.Next(bytes.Length + 1);
        return Mutation.Change(path, [.. bytes[..at], .. inserted, .. bytes[at..]], $"inserted {what} at byte {at}");
    }

    private static Mutation Delete(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var bytes = site.Bytes(path);
        var at = random.Next(bytes.Length);
        var count = Math.Min(1 + random.Next(4), bytes.Length - at);
        return Mutation.Change(path, [.. bytes[..at], .. bytes[(at + count)..]], $"deleted {count} bytes at byte {at}");
    }

    private static Mutation Truncate(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var at = random.Next(site.Bytes(path).Length);
        return Mutation.Change(path, site.Bytes(path)[..at], $"cut off after byte {at}");
    }

    // A lone continuation byte or an unfinished sequence: never valid UTF-8, so the file must be refused.
    private static Mutation InvalidUtf8(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var bytes = site.Bytes(path);
        var at = random.Next(bytes.Length + 1);
        byte[] bad = random.Next(3) switch { 0 => [0xFF], 1 => [0x80], _ => [0xC3, 0x28] };
        return new Mutation($"{path}: inserted invalid UTF-8 {Convert.ToHexString(bad)} at byte {at}",
            [FileEdit.Write(path, [.. bytes[..at], .. bad, .. bytes[at..]])], ExpectedError.InFile(path));
    }

    private static Mutation BomAtStart(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        return Mutation.Change(path, [0xEF, 0xBB, 0xBF, .. site.Bytes(path)], "a byte order mark at the start");
    }

    private static Mutation LineEndings(OriginalSite site, Random random)
    {
        var path = random.One(site.InputFiles);
        var text = System.Text.Encoding.UTF8.GetString(site.Bytes(path));
        var ending = random.Next(2) == 0 ? "\r\n" : "\r";
        return Mutation.Change(path, OriginalSite.Encode(text.Replace("\n", ending, StringComparison.Ordinal)),
            ending == "\r" ? "every line ending made a lone CR" : "every line ending made CRLF");
    }
}
