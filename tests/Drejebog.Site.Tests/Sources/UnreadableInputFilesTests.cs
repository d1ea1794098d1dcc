using Drejebog.Site.Diagnostics;
using Drejebog.Site.Sources;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Sources;

/// <summary>
/// A file that exists but is too large to read is reported once, at the file: pages that link to it
/// do not get a broken-link error of their own for the same mistake.
/// </summary>
public sealed class UnreadableInputFilesTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Links_to_files_over_the_size_limit_are_not_reported_as_broken()
    {
        var root = temp.Combine("site");
        TestSite.Minimal().With("""
            -- input/hjaelp.md --
            ---
            title: Hjælp
            summary: Hvor materialet ligger.
            ---
            Hent [skabelonen](bilag/stor.pdf).
            """).WriteTo(root);
        File.AppendAllText(Path.Combine(root, "input", "om.md"), new string('x', (int)FileLimits.TextBytes));
        Directory.CreateDirectory(Path.Combine(root, "input", "bilag"));
        File.WriteAllBytes(Path.Combine(root, "input", "bilag", "stor.pdf"), new byte[FileLimits.OtherBytes + 1]);

        var result = SiteBuilder.Build(SiteSourcesLoader.FromDisk(Path.Combine(root, "input"), Path.Combine(root, "theme"), root));

        Assert.Equal(
            [("input/bilag/stor.pdf", ErrorCodes.FileTooLarge.Code), ("input/om.md", ErrorCodes.FileTooLarge.Code)],
            result.Diagnostics.Select(d => (d.Path, d.Code)));
    }
}
