using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary>
/// <see cref="WholePlaybookPdf.Make"/> with small stand-ins for Chromium (shell scripts), so reuse and
/// every way printing fails are tested without a browser; the browser tests print the real site.
/// </summary>
public sealed class WholePlaybookPdfTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public void The_pdf_goes_beside_the_page_under_one_name()
    {
        Assert.Equal("hele-drejebogen/drejebog-boelgeplanen.pdf", WholePlaybookPdf.OutputPath);
        Assert.Equal("/hele-drejebogen/drejebog-boelgeplanen.pdf", WholePlaybookPdf.Url);
    }

    [Fact]
    public void A_print_is_reused_while_the_page_is_unchanged_and_printed_again_when_it_changes()
    {
        var browser = Browser("printf '%%PDF-1.4 udskrevet\\n' > \"$out\"");
        Site("ny");
        var first = WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), browser);
        Assert.Equal(new PdfOutcome(false, 19, null), first);
        Directory.Move(temp.Combine("ny"), temp.Combine("output"));

        Site("ny");
        // A browser that can only fail: the PDF must come from the previous output.
        var second = WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), "/bin/false");

        Assert.Equal(new PdfOutcome(true, 19, null), second);
        Assert.Equal(File.ReadAllBytes(temp.Combine("output", WholePlaybookPdf.OutputPath)), File.ReadAllBytes(temp.Combine("ny", WholePlaybookPdf.OutputPath)));
        Assert.Equal(PdfReuseKey.Read(temp.Combine("output"))!.Hash, PdfReuseKey.Read(temp.Combine("ny"))!.Hash);

        Site("igen");
        temp.Write("igen/hele-drejebogen/index.html", "<h1>Hele drejebogen, rettet</h1>");
        var third = WholePlaybookPdf.Make(temp.Combine("igen"), temp.Combine("output"), "/bin/false");
        Assert.False(third.Reused);
        Assert.StartsWith("/bin/false sluttede med kode 1", third.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_output_without_a_pdf_is_not_reused()
    {
        Site("output");
        PdfReuseKey.Of(temp.Combine("output"), ["hele-drejebogen/index.html"]).Write(temp.Combine("output"));
        Site("ny");

        var outcome = WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), "/bin/false");

        Assert.False(outcome.Reused);
        Assert.NotNull(outcome.Failure);
    }

    [Theory]
    [InlineData("printf 'ikke en pdf' > \"$out\"", "skrev en fil, der ikke er en PDF (den begynder ikke med %PDF-)")]
    [InlineData("echo 'alt gik godt'", "skrev ingen PDF: alt gik godt")]
    [InlineData("echo 'Segmentation fault' >&2; exit 139", "sluttede med kode 139: Segmentation fault")]
    public void A_browser_that_does_not_write_a_pdf_is_a_failure_that_says_why(string script, string expected)
    {
        var browser = Browser(script);
        Site("ny");

        var outcome = WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), browser);

        Assert.Equal($"{browser} {expected}", outcome.Failure);
        Assert.False(File.Exists(temp.Combine("ny", PdfReuseKey.FileName)));
    }

    [Fact]
    public void A_browser_that_hangs_is_stopped_after_the_limit()
    {
        var browser = Browser("sleep 300");
        Site("ny");

        var outcome = WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), browser, TimeSpan.FromSeconds(2));

        Assert.Equal($"{browser} blev stoppet, fordi den ikke var færdig efter 2 sekunder", outcome.Failure);
    }

    [Fact]
    public void The_browser_gets_a_throw_away_profile_in_the_temp_folder_that_is_removed_afterwards()
    {
        var seen = temp.Combine("profil.txt");
        var browser = Browser($"for a in \"$@\"; do case \"$a\" in --user-data-dir=*) echo \"${{a#--user-data-dir=}}\" > '{seen}';; esac; done; printf '%%PDF-1.4\\n' > \"$out\"");
        Site("ny");

        Assert.Null(WholePlaybookPdf.Make(temp.Combine("ny"), temp.Combine("output"), browser).Failure);

        var profile = File.ReadAllText(seen).Trim();
        Assert.StartsWith(Path.GetTempPath(), profile, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(profile)));
    }

    public void Dispose() => temp.Dispose();

    private void Site(string folder)
    {
        temp.Write($"{folder}/hele-drejebogen/index.html", "<h1>Hele drejebogen</h1>");
        temp.Write($"{folder}/assets/css/whole.css", "@page { size: A4; }");
    }

    /// <summary>A stand-in for Chromium: a shell script with <c>$out</c> set to its <c>--print-to-pdf=</c> path.</summary>
    private string Browser(string body)
    {
        var path = temp.Write($"browser-{Guid.NewGuid():N}.sh",
            "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${a#--print-to-pdf=}\";; esac; done\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
