using System.Text.RegularExpressions;
using Drejebog.Site.Cli;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.RealSite;

namespace Drejebog.Site.Tests.Deploy;

/// <summary>
/// netlify.toml, read with Tomlyn as Netlify reads it: it builds with our script, publishes the
/// folder the build writes, and serves every file with the security and cache headers it needs.
/// </summary>
public sealed partial class NetlifyConfigTests
{
    private static readonly NetlifyConfig Config = NetlifyConfig.Load(Path.Combine(RepositoryRoot.Path, NetlifyConfig.FileName));

    [Fact]
    public void Netlify_publishes_the_folder_the_build_writes_by_default()
    {
        Assert.Equal(BuildOptions.DefaultOutput, Config.Publish);
        var (options, _) = BuildOptions.Parse(Command.Build, [], RepositoryRoot.Path);
        Assert.Equal(Path.Combine(RepositoryRoot.Path, Config.Publish), options!.Output);
    }

    [Fact]
    public void Every_context_builds_with_the_script_and_previews_build_for_their_own_address()
    {
        Assert.Equal("bash .ci/netlify-build", Config.Command);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, ".ci", "netlify-build")));
        Assert.Equal(["branch-deploy", "deploy-preview"], Config.ContextCommands.Keys.Order(StringComparer.Ordinal));
        Assert.All(Config.ContextCommands.Values, command => Assert.Equal("bash .ci/netlify-build --base-url \"$DEPLOY_PRIME_URL\"", command));
        Assert.Equal("20", Config.Environment["NODE_VERSION"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/milepaele/ejerskab-og-ressourcer/")]
    [InlineData("/404.html")]
    [InlineData("/findes/ikke/dybt/nede")]
    [InlineData("/assets/js/site.0123abcd.js")]
    [InlineData("/pagefind/pagefind.js")]
    [InlineData("/pagefind/fragment/da_0123abc.pf_fragment")]
    [InlineData("/data/drejebog.json")]
    [InlineData("/kalender/drejebog.ics")]
    public void Every_response_carries_the_strict_csp_and_the_security_headers(string path)
    {
        var headers = Config.HeadersFor(path);

        var csp = Directives(headers["Content-Security-Policy"]);
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], csp["script-src"]);
        Assert.Equal(["'self'"], csp["style-src"]);
        Assert.Equal(["'self'"], csp["img-src"]);
        Assert.Equal(["'self'"], csp["font-src"]);
        Assert.Equal(["'self'"], csp["connect-src"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["base-uri"]);
        Assert.Equal(["'self'"], csp["form-action"]);
        // Nothing relaxes it: no inline code, no eval, no other origin, no data: or blob: URLs.
        Assert.All(csp.Values.SelectMany(v => v), source => Assert.Matches("^'(self|none|wasm-unsafe-eval)'$", source));

        Assert.Matches("^max-age=([0-9]+); includeSubDomains$", headers["Strict-Transport-Security"]);
        Assert.True(int.Parse(HstsAge().Match(headers["Strict-Transport-Security"]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("same-origin", headers["Cross-Origin-Opener-Policy"]);
    }

    [Fact]
    public void Permissions_policy_turns_features_off_and_names_only_features_chromium_knows()
    {
        var policy = Config.HeadersFor("/")["Permissions-Policy"];

        var features = policy.Split(',', StringSplitOptions.TrimEntries).Select(f => f.Split('=')).ToList();
        Assert.All(features, f => Assert.Equal("()", f[1]));
        // interest-cohort (FLoC) and the like are gone from Chromium, which logs an error for each unknown name.
        string[] known = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"];
        Assert.All(features, f => Assert.Contains(f[0], known));
        Assert.Contains("camera", features.Select(f => f[0]));
    }

    [Fact]
    public void No_path_of_the_built_site_gets_the_same_header_from_two_rules()
    {
        var paths = RealSiteBuild.Result.Pages.Select(p => p.Url)
            .Concat(RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath))
            .Concat(["/pagefind/pagefind.js", "/pagefind/fragment/da_0123abc.pf_fragment", "/pagefind/index/da_0123abc.pf_index", "/pagefind/filter/da_0123abc.pf_filter"]);

        Assert.All(paths, path => Assert.Empty(Config.Conflicts(path)));
    }

    [Fact]
    public void Hashed_assets_and_pagefind_chunks_are_cached_for_a_year_and_everything_else_revalidates()
    {
        const string Immutable = "public, max-age=31536000, immutable";
        var assets = RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath).Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)).ToList();
        Assert.True(assets.Count > 25, $"only {assets.Count} assets");
        Assert.All(assets, path =>
        {
            Assert.Matches(HashedName(), path);
            Assert.Equal(Immutable, Config.HeadersFor(path)[NetlifyConfig.CacheControl]);
        });
        Assert.All(["/pagefind/fragment/da_0123abc.pf_fragment", "/pagefind/index/da_0123abc.pf_index", "/pagefind/filter/da_0123abc.pf_filter"],
            path => Assert.Equal(Immutable, Config.HeadersFor(path)[NetlifyConfig.CacheControl]));

        var revalidated = RealSiteBuild.Result.Pages.Select(p => p.Url)
            .Concat(RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath).Where(p => !p.StartsWith("/assets/", StringComparison.Ordinal)))
            .Concat(["/findes/ikke/", "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/wasm.da.pagefind"])
            .ToList();
        Assert.Contains("/", revalidated);
        Assert.Contains("/sitemap.xml", revalidated);
        Assert.All(revalidated, path => Assert.Equal(NetlifyConfig.DefaultCacheControl, Config.HeadersFor(path)[NetlifyConfig.CacheControl]));
    }

    [Fact]
    public void A_content_type_netlify_toml_sets_is_the_one_the_preview_and_the_test_server_send()
    {
        var files = RealSiteBuild.Result.Files.Select(f => "/" + f.OutputPath).ToList();
        var typed = files.Where(path => Config.HeadersFor(path).ContainsKey("Content-Type")).ToList();

        Assert.Contains("/kalender/drejebog.ics", typed);
        Assert.All(typed, path => Assert.Equal(ContentTypes.For(path), Config.HeadersFor(path)["Content-Type"]));
        Assert.Equal("text/calendar; charset=utf-8", Config.HeadersFor("/kalender/drejebog.ics")["Content-Type"]);
    }

    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/faser/planlaegning/", true)]
    [InlineData("/assets/*", "/assets/css/site.0123abcd.css", true)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/assets/*", "/assetsx/a.css", false)]
    [InlineData("/assets/*", "/faser/assets/a.css", false)]
    [InlineData("/pagefind/fragment/*", "/pagefind/pagefind.js", false)]
    [InlineData("/roller/:id/", "/roller/programleder/", true)]
    [InlineData("/roller/:id/", "/roller/programleder/x/", false)]
    [InlineData("/404.html", "/404.html", true)]
    [InlineData("/soeg", "/soeg/", true)]
    public void Header_paths_match_as_netlify_matches_them(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new NetlifyHeaderRule(pattern, new Dictionary<string, string>()).Matches(path));

    [Fact]
    public void Overlapping_rules_that_set_the_same_header_are_found()
    {
        var config = NetlifyConfig.Parse("""
            [build]
              command = "x"
              publish = "out"
            [[headers]]
              for = "/*"
              [headers.values]
                Cache-Control = "no-cache"
                X-A = "1"
            [[headers]]
              for = "/assets/*"
              [headers.values]
                cache-control = "immutable"
            """);

        Assert.Equal(["Cache-Control"], config.Conflicts("/assets/a.css"));
        Assert.Empty(config.Conflicts("/index.html"));
        Assert.Equal("1", config.HeadersFor("/assets/a.css")["X-A"]);
    }

    private static Dictionary<string, string[]> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    [GeneratedRegex("^max-age=([0-9]+)")]
    private static partial Regex HstsAge();

    [GeneratedRegex(@"^/assets/.+\.[0-9a-f]{8}(\.[^./]+)?$")]
    private static partial Regex HashedName();
}
