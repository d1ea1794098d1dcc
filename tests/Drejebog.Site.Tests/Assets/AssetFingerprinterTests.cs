using System.Text;
using System.Text.RegularExpressions;
using Drejebog.Site.Assets;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Assets;

/// <summary>Content hashes in asset names, and the references between assets rewritten to them.</summary>
public sealed partial class AssetFingerprinterTests
{
    [Fact]
    public void Every_asset_gets_its_content_hash_in_its_name_and_no_unhashed_copy_is_left()
    {
        var result = Fingerprint(
            ("assets/css/site.css", "body { color: black; }"),
            ("assets/img/logo.svg", "<svg/>"),
            ("assets/fonts/LICENSE", "MIT"));

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["assets/css/site." + Hash("body { color: black; }") + ".css", "assets/fonts/LICENSE." + Hash("MIT"), "assets/img/logo." + Hash("<svg/>") + ".svg"],
            result.Files.Select(f => f.OutputPath).Order(StringComparer.Ordinal));
        Assert.Equal("/assets/css/site." + Hash("body { color: black; }") + ".css", result.Url("css/site.css"));
        Assert.Null(result.Url("css/findes-ikke.css"));
    }

    [Theory]
    [InlineData("css/site.css", "abcdef12", "css/site.abcdef12.css")]
    [InlineData("../fonts/a.b.woff2", "abcdef12", "../fonts/a.b.abcdef12.woff2")]
    [InlineData("/assets/js/x", "abcdef12", "/assets/js/x.abcdef12")]
    [InlineData("./v1.2/x", "abcdef12", "./v1.2/x.abcdef12")]
    public void The_hash_goes_before_the_extension_of_the_last_segment(string path, string hash, string expected) =>
        Assert.Equal(expected, ContentHash.Insert(path, hash));

    [Fact]
    public void Stylesheet_urls_point_to_the_hashed_files_and_keep_their_query_fragment_and_quotes()
    {
        var css = """
            @import "base.css";
            @font-face { src: url("../fonts/a.woff2?v=1#x") format("woff2"), url('../fonts/a.woff') format("woff"); }
            .icon { background: url(../img/i.svg); }
            .data { background: url("data:image/png;base64,AAAA"); }
            .far { background: url(https://example.com/x.png); }
            .sprite { mask: url(/assets/img/i.svg#check); }
            /* url(../img/only-in-a-comment.svg) */
            """;
        var result = Fingerprint(("assets/css/site.css", css), ("assets/css/base.css", "p{}"),
            ("assets/fonts/a.woff2", "W2"), ("assets/fonts/a.woff", "W1"), ("assets/img/i.svg", "<svg/>"));

        Assert.Empty(result.Problems);
        var written = Text(result, "assets/css/site.css");
        Assert.Contains($"@import \"base.{Hash("p{}")}.css\";", written, StringComparison.Ordinal);
        Assert.Contains($"url(\"../fonts/a.{Hash("W2")}.woff2?v=1#x\")", written, StringComparison.Ordinal);
        Assert.Contains($"url('../fonts/a.{Hash("W1")}.woff')", written, StringComparison.Ordinal);
        Assert.Contains($"url(../img/i.{Hash("<svg/>")}.svg)", written, StringComparison.Ordinal);
        Assert.Contains($"url(/assets/img/i.{Hash("<svg/>")}.svg#check)", written, StringComparison.Ordinal);
        Assert.Contains("url(\"data:image/png;base64,AAAA\")", written, StringComparison.Ordinal);
        Assert.Contains("url(https://example.com/x.png)", written, StringComparison.Ordinal);
        Assert.Contains("url(../img/only-in-a-comment.svg)", written, StringComparison.Ordinal);
        // The name is the hash of what is written, references included.
        Assert.Equal($"assets/css/site.{Hash(written)}.css", result.Paths["assets/css/site.css"]);
    }

    [Fact]
    public void Module_imports_point_to_the_hashed_modules_static_dynamic_and_re_exports()
    {
        var js = """
            // import { old } from './only-in-a-comment.js';
            import { a } from './a.js';
            import * as b from "../shared/b.js";
            import './side-effect.js';
            import {
              c,
            } from './a.js';
            export { d } from '/assets/js/a.js';
            import { notOurs } from 'bare-package';
            const later = () => import('./lazy.js');
            const pagefind = () => import('/pagefind/pagefind.js');
            const text = "import './not-an-import-either.js'";
            """;
        var result = Fingerprint(("assets/js/site.js", js), ("assets/js/a.js", "export const a = 1;"), ("assets/shared/b.js", "export const b = 2;"),
            ("assets/js/side-effect.js", ";"), ("assets/js/lazy.js", "export default 1;"));

        Assert.Empty(result.Problems);
        var written = Text(result, "assets/js/site.js");
        var a = Hash("export const a = 1;");
        Assert.Contains($"import {{ a }} from './a.{a}.js';", written, StringComparison.Ordinal);
        Assert.Contains($"import * as b from \"../shared/b.{Hash("export const b = 2;")}.js\";", written, StringComparison.Ordinal);
        Assert.Contains($"import './side-effect.{Hash(";")}.js';", written, StringComparison.Ordinal);
        Assert.Contains($"}} from './a.{a}.js';", written, StringComparison.Ordinal);
        Assert.Contains($"export {{ d }} from '/assets/js/a.{a}.js';", written, StringComparison.Ordinal);
        Assert.Contains($"import('./lazy.{Hash("export default 1;")}.js')", written, StringComparison.Ordinal);
        Assert.Contains("from 'bare-package'", written, StringComparison.Ordinal);
        Assert.Contains("import('/pagefind/pagefind.js')", written, StringComparison.Ordinal);
        Assert.Contains("import { old } from './only-in-a-comment.js'", written, StringComparison.Ordinal);
        Assert.Contains("import './not-an-import-either.js'", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_deep_down_renames_every_file_above_it_and_nothing_beside_it()
    {
        (string, string)[] Site(string font) =>
        [
            ("assets/css/site.css", "@font-face { src: url(../fonts/a.woff2); }"),
            ("assets/fonts/a.woff2", font),
            ("assets/js/site.js", "import './feature.js';"),
            ("assets/js/feature.js", "import './storage.js';"),
            ("assets/js/storage.js", "export {};"),
        ];
        var before = Fingerprint(Site("font 1"));
        var again = Fingerprint(Site("font 1"));
        var fontChanged = Fingerprint(Site("font 2"));
        var moduleChanged = Fingerprint([.. Site("font 1").Where(f => f.Item1 != "assets/js/storage.js"), ("assets/js/storage.js", "export const x = 1;")]);

        Assert.Equal(before.Paths, again.Paths);
        Assert.NotEqual(before.Paths["assets/fonts/a.woff2"], fontChanged.Paths["assets/fonts/a.woff2"]);
        Assert.NotEqual(before.Paths["assets/css/site.css"], fontChanged.Paths["assets/css/site.css"]);
        Assert.Equal(before.Paths["assets/js/site.js"], fontChanged.Paths["assets/js/site.js"]);
        Assert.NotEqual(before.Paths["assets/js/site.js"], moduleChanged.Paths["assets/js/site.js"]);
        Assert.NotEqual(before.Paths["assets/js/feature.js"], moduleChanged.Paths["assets/js/feature.js"]);
        Assert.Equal(before.Paths["assets/css/site.css"], moduleChanged.Paths["assets/css/site.css"]);
    }

    [Fact]
    public void Files_from_disk_are_copied_under_their_hashed_name_and_rewritten_ones_from_memory()
    {
        using var folder = new TempFolder();
        var font = folder.Combine("a.woff2");
        File.WriteAllText(font, "W2");
        var css = folder.Combine("site.css");
        File.WriteAllText(css, "@font-face { src: url(../fonts/a.woff2); }");
        var plain = folder.Combine("plain.css");
        File.WriteAllText(plain, "p { margin: 0; }");

        var result = AssetFingerprinter.Fingerprint([
            new StaticFile("assets/fonts/a.woff2", font, null),
            new StaticFile("assets/css/site.css", css, null),
            new StaticFile("assets/css/plain.css", plain, null)]);

        var fontFile = Assert.Single(result.Files, f => f.OutputPath == $"assets/fonts/a.{Hash("W2")}.woff2");
        Assert.Equal((font, null), (fontFile.DiskPath, fontFile.Content));
        var plainFile = Assert.Single(result.Files, f => f.OutputPath == $"assets/css/plain.{Hash("p { margin: 0; }")}.css");
        Assert.Equal(plain, plainFile.DiskPath);
        var cssFile = Assert.Single(result.Files, f => f.OutputPath.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.Null(cssFile.DiskPath);
        Assert.Contains($"a.{Hash("W2")}.woff2", Encoding.UTF8.GetString(cssFile.Content!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_missing_asset_is_reported_at_its_line_and_column()
    {
        var result = TestSite.Minimal().With("""
            -- theme/assets/css/site.css --
            .lead { font-weight: bold; }
            .logo { background: url("../img/logo.png"); }
            """).Build();

        DiagnosticAssert.Only(result, "theme/assets/css/site.css", 2, 26, ErrorCodes.AssetReferenceMissing, "../img/logo.png", "/assets/img/logo.png");
    }

    [Fact]
    public void An_import_of_a_missing_module_is_reported_at_its_line_and_column()
    {
        var result = TestSite.Minimal().With("""
            -- theme/assets/js/site.js --
            import { start } from './start.js';
            import { gone } from "./gone.js";
            start();
            """).Build();

        DiagnosticAssert.Only(result, "theme/assets/js/site.js", 2, 23, ErrorCodes.AssetReferenceMissing, "./gone.js", "/assets/js/gone.js");
    }

    [Fact]
    public void Modules_that_import_each_other_in_a_ring_are_reported_because_neither_can_be_hashed_first()
    {
        var result = TestSite.Minimal().With("""
            -- theme/assets/js/start.js --
            import { again } from './site.js';
            export function start() {}
            """).Build();

        DiagnosticAssert.Only(result, "theme/assets/js/start.js", 1, 24, ErrorCodes.AssetCycle, "js/site.js → js/start.js → js/site.js");
    }

    [Fact]
    public void A_dynamic_import_of_a_computed_path_is_reported_because_it_cannot_be_rewritten()
    {
        var result = TestSite.Minimal().With("""
            -- theme/assets/js/start.js --
            export function start(name) {
              return import(`./${name}.js`);
            }
            """).Build();

        DiagnosticAssert.Only(result, "theme/assets/js/start.js", 2, 10, ErrorCodes.ComputedImport);
    }

    [Fact]
    public void The_asset_url_filter_gives_the_hashed_url_and_reports_an_unknown_asset_once()
    {
        var ok = TestSite.Minimal().Build();
        var head = ok.Page("/")!.Html;
        Assert.Matches(HashedCss(), head);

        var result = TestSite.Minimal().With("""
            -- theme/partials/lead.liquid --
            <p class="lead"><img src="{{ 'img/findes-ikke.svg' | asset_url }}" alt="">{{ text }}</p>
            """).Build();

        DiagnosticAssert.Only(result, "theme/assets/img/findes-ikke.svg", 1, 1, ErrorCodes.UnknownAsset, "img/findes-ikke.svg");
    }

    private static AssetFingerprints Fingerprint(params (string Path, string Text)[] files) =>
        AssetFingerprinter.Fingerprint(files.Select(f => new StaticFile(f.Path, null, Encoding.UTF8.GetBytes(f.Text))).ToList());

    private static string Text(AssetFingerprints result, string original) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.OutputPath == result.Paths[original]).Content!);

    private static string Hash(string text) => ContentHash.Of(Encoding.UTF8.GetBytes(text));

    [GeneratedRegex("""<link rel="stylesheet" href="/assets/css/site\.[0-9a-f]{8}\.css">""")]
    private static partial Regex HashedCss();
}
