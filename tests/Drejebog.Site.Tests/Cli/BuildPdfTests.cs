using Drejebog.Site.Build;
using Drejebog.Site.Cli;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Sources;
using Drejebog.Site.Tests.RealSite;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

/// <summary>
/// Whether the whole playbook page links to a PDF: only when the build will print one, which is
/// decided before rendering. Printing itself is in the browser tests (WholePlaybookPdfTests there).
/// </summary>
public sealed class BuildPdfTests : IDisposable
{
    private const string Link = $"<a href=\"/hele-drejebogen/drejebog-boelgeplanen.pdf\" download>Hent hele drejebogen som PDF</a>";
    private const string SaveYourself = "Du kan selv gemme siden som PDF: vælg »Gem som PDF« som printer";
    private readonly TempFolder temp = new();

    [Fact]
    public void Without_chromium_the_build_succeeds_says_why_in_one_line_and_the_page_links_to_no_pdf()
    {
        var missing = temp.Combine("ingen", "chromium");
        var options = new BuildOptions(RepositoryRoot.Path, RepositoryRoot.Input, RepositoryRoot.Theme, temp.Combine("output"), Search: false, Quiet: true, Pdf: true);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = BuildCommand.Run(options, write: true, stdout, stderr, FolderOperations.Real,
            new ChromiumLocator(name => name == ChromiumLocator.PathVariable ? missing : null));

        Assert.True(exitCode == ExitCode.Ok, stderr.ToString());
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Even with --quiet: it says what the output lacks.
        Assert.Equal(RunSummary.PdfSkipped($"CHROMIUM_PATH peger på {missing}, som ikke findes"), Assert.Single(lines, l => l.StartsWith("PDF", StringComparison.Ordinal)));
        Assert.Contains("Installér Chromium", lines[0], StringComparison.Ordinal);
        var page = File.ReadAllText(temp.Combine("output", "hele-drejebogen", "index.html"));
        Assert.DoesNotContain(".pdf", page, StringComparison.Ordinal);
        Assert.Contains(SaveYourself, page, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("output", WholePlaybookPdf.OutputPath)));
        Assert.False(File.Exists(temp.Combine("output", PdfReuseKey.FileName)));
    }

    [Fact]
    public void The_page_links_to_the_pdf_only_when_the_build_makes_one_and_the_link_checker_expects_it()
    {
        var sources = SiteSourcesLoader.FromDisk(RepositoryRoot.Input, RepositoryRoot.Theme, RepositoryRoot.Path, makesPdf: true);

        var result = SiteBuilder.Build(sources);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ErrorCodes.BrokenPageLink.Code || d.Code == ErrorCodes.BrokenFileLink.Code);
        var page = result.Page("/hele-drejebogen/")!.Html;
        Assert.Contains(Link, page, StringComparison.Ordinal);
        Assert.DoesNotContain(SaveYourself, page, StringComparison.Ordinal);
        var without = RealSiteBuild.Result.Page("/hele-drejebogen/")!.Html;
        Assert.DoesNotContain(Link, without, StringComparison.Ordinal);
        Assert.Contains(SaveYourself, without, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_pdf_in_content_is_broken_unless_the_build_makes_one()
    {
        var site = TestSite.Minimal().With("""
            -- input/om.md --
            ---
            title: Om drejebogen
            summary: Hvad drejebogen er.
            nav_order: 2
            ---
            Hent [hele drejebogen](/hele-drejebogen/drejebog-boelgeplanen.pdf).
            """).ToSources();

        var without = SiteBuilder.Build(site);
        var with = SiteBuilder.Build(new SiteSources { InputFiles = site.InputFiles, Templates = site.Templates, Assets = site.Assets, MakesPdf = true });

        Assert.Contains(without.Diagnostics, d => d.Code == ErrorCodes.BrokenPageLink.Code && d.Path == "input/om.md");
        Assert.True(with.Succeeded, string.Join('\n', with.Diagnostics));
        Assert.DoesNotContain(with.Diagnostics, d => d.Code == ErrorCodes.BrokenPageLink.Code || d.Code == ErrorCodes.BrokenFileLink.Code);
    }

    public void Dispose() => temp.Dispose();
}
