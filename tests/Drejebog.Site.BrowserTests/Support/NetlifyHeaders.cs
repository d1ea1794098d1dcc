using Drejebog.Site.Output;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// The headers that <c>netlify.toml</c> gives each path, read with the generator's own
/// <see cref="NetlifyConfig"/> (Tomlyn), so the test server sends exactly what the deployed site sends.
/// </summary>
internal static class NetlifyHeaders
{
    public const string ContentSecurityPolicy = "Content-Security-Policy";

    private static readonly Lazy<NetlifyConfig> Config = new(() =>
    {
        var config = NetlifyConfig.Load(Path.Combine(RepositoryRoot.Path, NetlifyConfig.FileName));
        if (!config.HeadersFor("/").ContainsKey(ContentSecurityPolicy))
        {
            throw new InvalidOperationException($"{NetlifyConfig.FileName} sets no {ContentSecurityPolicy} for \"/\"; the browser tests serve the site with it.");
        }
        return config;
    });

    /// <summary>The headers Netlify sends with a response for <paramref name="path"/> (the request's path, without query).</summary>
    public static IReadOnlyDictionary<string, string> For(string path) => Config.Value.HeadersFor(path);

    /// <summary>The headers every page gets (the security headers of <c>for = "/*"</c>; pages keep Netlify's default caching).</summary>
    public static IReadOnlyDictionary<string, string> ForEveryPage() => For("/");
}
