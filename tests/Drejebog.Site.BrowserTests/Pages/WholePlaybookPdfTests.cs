using System.Diagnostics;
using System.Text.RegularExpressions;
using Drejebog.Site.BrowserTests.Support;
using Xunit.Abstractions;

namespace Drejebog.Site.BrowserTests.Pages;

/// <summary>
/// <c>drejebog build</c> of the real site prints the whole playbook with the system's Chromium; the
/// PDF is read back with poppler's pdfinfo, pdftotext and pdftohtml (.ci/run installs poppler-utils), so
/// what is checked is what a reader gets, not what the generator meant to write.
/// </summary>
public sealed partial class WholePlaybookPdfTests(ITestOutputHelper log) : IDisposable
{
    private const string PdfPath = "hele-drejebogen/drejebog-boelgeplanen.pdf";
    private readonly TempFolder temp = new("pdf");

    [Fact]
    public void The_build_prints_the_whole_playbook_and_the_next_build_reuses_it()
    {
        var output = temp.Combine("output");

        var first = Build(output);

        Assert.Matches(@"\n  PDF +printet, [0-9],[0-9] MB +[0-9.]+ ms\n", first);
        var pdf = Path.Combine(output, PdfPath);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        var pages = int.Parse(PagesLine().Match(Tool("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        log.WriteLine($"{pages} A4 pages, {new FileInfo(pdf).Length:N0} bytes");
        Assert.InRange(pages, 30, 200);
        var text = Normalize(Tool("pdftotext", "-enc", "UTF-8", pdf, "-"));
        Assert.All(InputMilestones.Titles(RepositoryRoot.Input, "faser"), title => Assert.Contains(Normalize(title), text, StringComparison.Ordinal));
        Assert.All(InputMilestones.Titles(RepositoryRoot.Input, "roller"), title => Assert.Contains(Normalize(title), text, StringComparison.Ordinal));
        var milestones = InputMilestones.Titles(RepositoryRoot.Input, "milepaele").Select(Normalize).ToList();
        Assert.All(milestones, title => Assert.Contains(title, text, StringComparison.Ordinal));
        // The text names milestones in each other's sections too; the PDF's outline holds only headings.
        // Chromium's outline drops the space where a heading wraps (»til brug forkommunens«), so spaces are left out.
        var outline = Outline(pdf);
        var positions = milestones.Select(title => outline.FindIndex(item => item.Contains(title.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Count, positions.Distinct().Count());
        Assert.Contains("href=\"/hele-drejebogen/drejebog-boelgeplanen.pdf\"", File.ReadAllText(Path.Combine(output, "hele-drejebogen", "index.html")), StringComparison.Ordinal);
        // Links to other pages lead to the published site, not to the loopback server Chromium printed from.
        var site = CanonicalLink().Match(File.ReadAllText(Path.Combine(output, "hele-drejebogen", "index.html"))).Groups[1].Value;
        var external = LinkTarget().Matches(Tool("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(href => href.Contains("://", StringComparison.Ordinal)).ToList();
        log.WriteLine($"links out of the PDF: {string.Join(", ", external)}");
        Assert.NotEmpty(external);
        Assert.All(external, href => Assert.StartsWith(new Uri(new Uri(site), "/").AbsoluteUri, href, StringComparison.Ordinal));

        var bytes = File.ReadAllBytes(pdf);
        var second = Build(output);

        Assert.Matches(@"\n  PDF +genbrugt, [0-9],[0-9] MB +[0-9.]+ ms\n", second);
        Assert.Equal(bytes, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void A_chromium_that_fails_fails_the_build_with_DS132_and_leaves_the_previous_output()
    {
        var output = temp.Combine("output");
        var (built, _, builtErrors) = SiteOutput.Run(RepositoryRoot.Input, output, ["-q", "--no-search", "--no-pdf"]);
        Assert.True(built == 0, builtErrors);
        var before = Snapshot(output);

        var (exitCode, stdout, stderr) = SiteOutput.Run(RepositoryRoot.Input, output, ["--no-search"],
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = "/bin/false" });

        Assert.True(exitCode == 3, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("fejl DS132: PDF-udgaven af hele drejebogen kunne ikke laves: /bin/false sluttede med kode 1.", stderr, StringComparison.Ordinal);
        Assert.Contains("Output-mappen er ikke ændret.", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    public void Dispose() => temp.Dispose();

    private static string Build(string output)
    {
        var (exitCode, stdout, stderr) = SiteOutput.Run(RepositoryRoot.Input, output, ["--no-search"]);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        return stdout;
    }

    /// <summary>The PDF's outline (bookmarks, made from the headings) in order, as pdftohtml reads it, without whitespace.</summary>
    private static List<string> Outline(string pdf)
    {
        var xml = Tool("pdftohtml", "-xml", "-i", "-q", "-stdout", pdf);
        return [.. OutlineItem().Matches(xml).Select(m => Whitespace().Replace(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), ""))];
    }

    // A title may wrap in the PDF; pdftotext then gives a line break where the page had a space.
    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    private static string Tool(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start (install poppler-utils).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex CanonicalLink();

    [GeneratedRegex("<a href=\"([^\"]*)\"")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^Pages:\s+([0-9]+)$", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"<item page=""[0-9]+"">([^<]*)</item>")]
    private static partial Regex OutlineItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
