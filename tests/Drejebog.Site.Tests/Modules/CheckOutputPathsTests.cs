using Drejebog.Site.Diagnostics;
using Drejebog.Site.Modules;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Modules;

/// <summary>A static file from the input may not take a path the build writes, nor one of the reserved paths.</summary>
public sealed class CheckOutputPathsTests
{
    [Theory]
    [InlineData("input/index.html", "siden input/index.md")]
    [InlineData("input/om/index.html", "siden input/om.md")]
    [InlineData("input/milepaele/start/index.html", "siden input/milepaele/1-01-start.md")]
    [InlineData("input/404.html", "den genererede side /404.html")]
    [InlineData("input/soeg/index.html", "den genererede side /soeg/")]
    [InlineData("input/sitemap.xml", "bygningen (den genererede fil /sitemap.xml)")]
    [InlineData("input/robots.txt", "bygningen (den genererede fil /robots.txt)")]
    [InlineData("input/data/drejebog.json", "bygningen (den genererede fil /data/drejebog.json)")]
    public void A_static_file_at_a_path_the_build_writes_is_an_error_naming_both(string path, string writer)
    {
        var result = TestSite.Minimal().With(path, "<script>alert(1)</script>\n").Build();

        var outputPath = path["input".Length..];
        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.OutputPathTaken, outputPath, writer, outputPath);
    }

    [Fact]
    public void A_static_file_at_a_theme_assets_hashed_path_is_an_error_naming_the_theme_file()
    {
        var site = TestSite.Minimal();
        var hashed = site.Build().Files.Single(f => f.SourcePath is null && f.OutputPath.StartsWith("assets/css/site.", StringComparison.Ordinal)).OutputPath;

        var result = site.With($"input/{hashed}", "body { color: red }\n").Build();

        DiagnosticAssert.Only(result, $"input/{hashed}", 1, 1, ErrorCodes.OutputPathTaken, "/" + hashed, "temaets fil theme/assets/css/site.css", "/" + hashed);
    }

    [Fact]
    public void A_static_file_where_the_build_needs_a_folder_is_an_error()
    {
        var result = TestSite.Minimal().With("input/milepaele/start", "x\n").Build();

        DiagnosticAssert.Only(result, "input/milepaele/start", 1, 1, ErrorCodes.OutputPathTaken,
            "/milepaele/start", "siden input/milepaele/1-01-start.md", "/milepaele/start/index.html");
    }

    [Fact]
    public void A_static_file_inside_a_file_the_build_writes_is_an_error()
    {
        var result = TestSite.Minimal().With("input/sitemap.xml/kort.png", "x\n").Build();

        DiagnosticAssert.Only(result, "input/sitemap.xml/kort.png", 1, 1, ErrorCodes.OutputPathTaken,
            "/sitemap.xml/kort.png", "bygningen (den genererede fil /sitemap.xml)", "/sitemap.xml");
    }

    [Fact]
    public void The_whole_playbooks_pdf_is_never_taken_from_the_input()
    {
        var result = TestSite.Minimal().With("input/hele-drejebogen/drejebog-boelgeplanen.pdf", "%PDF-1.4\n").Build();

        DiagnosticAssert.Only(result, "input/hele-drejebogen/drejebog-boelgeplanen.pdf", 1, 1, ErrorCodes.OutputPathTaken,
            "/hele-drejebogen/drejebog-boelgeplanen.pdf", "bygningen (PDF-udgaven af hele drejebogen)", "/hele-drejebogen/drejebog-boelgeplanen.pdf");
    }

    [Theory]
    [InlineData("input/_headers", "_headers")]
    [InlineData("input/_redirects", "_redirects")]
    [InlineData("input/pagefind/pagefind.js", "pagefind")]
    [InlineData("input/pagefind", "pagefind")]
    public void Netlify_files_and_the_search_index_are_never_taken_from_the_input(string path, string reserved)
    {
        // No former URLs: the build writes no _redirects of its own, and the input's is refused all the same.
        var result = TestSite.Minimal().With(path, "/* Content-Security-Policy: *\n").Build();

        DiagnosticAssert.Only(result, path, 1, 1, ErrorCodes.ReservedOutputPath, path["input".Length..], CheckOutputPaths.Reserved[reserved]);
    }

    [Fact]
    public void Images_and_attachments_beside_pages_are_fine()
    {
        var result = TestSite.Minimal()
            .With("input/milepaele/start/diagram.png", "png\n")
            .With("input/bilag/skabelon.docx", "docx\n")
            .With("input/assets/billede.png", "png\n")
            .Build();

        DiagnosticAssert.Clean(result);
        Assert.Contains(result.Files, f => f.OutputPath == "milepaele/start/diagram.png");
    }
}
