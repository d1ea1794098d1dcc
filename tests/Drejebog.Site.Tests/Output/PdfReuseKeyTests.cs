using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary><see cref="PdfReuseKey"/>: the same files give the same key, any change to them another.</summary>
public sealed class PdfReuseKeyTests : IDisposable
{
    private static readonly string[] Read = ["hele-drejebogen/index.html", "assets/css/whole.css", "assets/fonts/plex.woff2"];
    private readonly TempFolder temp = new();

    [Fact]
    public void The_same_files_give_the_same_key_in_any_folder_and_order()
    {
        Site("a");
        Site("b");

        Assert.Equal(PdfReuseKey.Of(temp.Combine("a"), Read).Hash, PdfReuseKey.Of(temp.Combine("b"), Read.Reverse()).Hash);
        Assert.Matches("^[0-9a-f]{64}$", PdfReuseKey.Of(temp.Combine("a"), Read).Hash);
    }

    [Fact]
    public void A_changed_stylesheet_changes_the_key()
    {
        Site("a");
        Site("b");
        temp.Write("b/assets/css/whole.css", "@page { size: A4 landscape; }");

        Assert.NotEqual(PdfReuseKey.Of(temp.Combine("a"), Read).Hash, PdfReuseKey.Of(temp.Combine("b"), Read).Hash);
    }

    [Fact]
    public void A_file_that_appears_or_moves_bytes_between_files_changes_the_key()
    {
        Site("a");
        Site("b");
        File.Delete(temp.Combine("b", "assets", "fonts", "plex.woff2"));
        Site("c");
        // The same bytes in total, split differently between two files.
        temp.Write("c/assets/css/whole.css", "@page { size: A4; }f");
        temp.Write("c/assets/fonts/plex.woff2", "ont");

        var a = PdfReuseKey.Of(temp.Combine("a"), Read).Hash;
        Assert.NotEqual(a, PdfReuseKey.Of(temp.Combine("b"), Read).Hash);
        Assert.NotEqual(a, PdfReuseKey.Of(temp.Combine("c"), Read).Hash);
    }

    [Fact]
    public void A_written_key_reads_back_and_a_foreign_file_is_no_key()
    {
        Site("a");
        var key = PdfReuseKey.Of(temp.Combine("a"), Read);

        key.Write(temp.Combine("a"));
        var back = PdfReuseKey.Read(temp.Combine("a"));

        Assert.Equal(key.Hash, back!.Hash);
        Assert.Equal(key.Files, back.Files);
        temp.Write($"b/{PdfReuseKey.FileName}", "noget andet\n" + key.Hash + "\n");
        Assert.Null(PdfReuseKey.Read(temp.Combine("b")));
        Assert.Null(PdfReuseKey.Read(temp.Combine("c")));
    }

    public void Dispose() => temp.Dispose();

    private void Site(string folder)
    {
        temp.Write($"{folder}/hele-drejebogen/index.html", "<h1>Hele drejebogen</h1>");
        temp.Write($"{folder}/assets/css/whole.css", "@page { size: A4; }");
        temp.Write($"{folder}/assets/fonts/plex.woff2", "font");
    }
}
