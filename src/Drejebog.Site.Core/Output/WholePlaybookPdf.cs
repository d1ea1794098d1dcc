using System.Text;
using Drejebog.Site.Content;
using Drejebog.Site.Html;

namespace Drejebog.Site.Output;

/// <summary>How the PDF came to be: printed now or copied from the previous output, its size, or why it failed.</summary>
public sealed record PdfOutcome(bool Reused, long Bytes, string? Failure);

/// <summary>
/// The whole playbook as a PDF: Chromium prints <c>/hele-drejebogen/</c> from the finished staging
/// folder, served on loopback, into <see cref="OutputPath"/> beside the page. Printing takes seconds,
/// so when the files the last print read are byte for byte the same (<see cref="PdfReuseKey"/>), the
/// previous output's PDF is copied instead.
/// </summary>
public static class WholePlaybookPdf
{
    /// <summary>The file's name as a reader's download folder shows it.</summary>
    public const string FileName = "drejebog-boelgeplanen.pdf";

    private static readonly string PageUrl = ContentKinds.WholePlaybook.Generated!.Url;

    /// <summary>Where the PDF is written, relative to the output folder: beside the page it prints.</summary>
    public static readonly string OutputPath = PageUrl.TrimStart('/') + FileName;

    /// <summary>The PDF's address on the site, which the page links to.</summary>
    public static readonly string Url = PageUrl + FileName;

    /// <summary>Makes the PDF in <paramref name="siteFolder"/>, reusing the one in <paramref name="previousOutput"/> when its key matches.</summary>
    /// <param name="siteFolder">The finished staging folder.</param>
    /// <param name="previousOutput">The output folder it will replace (it may not exist); only read.</param>
    /// <param name="chromium">The browser that prints (<see cref="ChromiumLocator"/>).</param>
    /// <param name="limit">How long Chromium may take (<see cref="ChromiumPrint.Limit"/> unless a test needs less).</param>
    public static PdfOutcome Make(string siteFolder, string previousOutput, string chromium, TimeSpan? limit = null)
    {
        var pdf = Path.Combine(siteFolder, OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        if (Reuse(siteFolder, previousOutput, pdf) is { } reused)
        {
            reused.Write(siteFolder);
            return new PdfOutcome(true, new FileInfo(pdf).Length, null);
        }
        // Printed with its links to other pages made absolute (PrintedLinks); the file on disk is unchanged.
        var page = ContentKinds.WholePlaybook.Generated!.OutputPath;
        var pagePath = Path.Combine(siteFolder, page);
        var printed = File.Exists(pagePath)
            ? new Dictionary<string, byte[]> { [page] = Encoding.UTF8.GetBytes(PrintedLinks.Resolve(File.ReadAllText(pagePath))) }
            : null;
        using var server = new LoopbackFileServer(siteFolder, printed);
        var failure = ChromiumPrint.Print(chromium, server.Address(PageUrl), pdf, limit);
        if (failure is not null)
        {
            return new PdfOutcome(false, 0, failure);
        }
        // The page itself always counts, even if the browser somehow never asked for it.
        PdfReuseKey.Of(siteFolder, [.. server.Requested, ContentKinds.WholePlaybook.Generated!.OutputPath]).Write(siteFolder);
        return new PdfOutcome(false, new FileInfo(pdf).Length, null);
    }

    /// <summary>The key, after copying the previous PDF into place, when what it was printed from is unchanged; else null.</summary>
    private static PdfReuseKey? Reuse(string siteFolder, string previousOutput, string pdf)
    {
        var previousPdf = Path.Combine(previousOutput, OutputPath);
        if (PdfReuseKey.Read(previousOutput) is not { } previous || !ChromiumPrint.IsPdf(previousPdf))
        {
            return null;
        }
        var now = PdfReuseKey.Of(siteFolder, previous.Files);
        if (now.Hash != previous.Hash)
        {
            return null;
        }
        File.Copy(previousPdf, pdf, overwrite: true);
        return now;
    }
}
