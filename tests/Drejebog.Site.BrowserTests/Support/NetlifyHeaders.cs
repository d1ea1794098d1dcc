using System.Text.RegularExpressions;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// The security headers that <c>netlify.toml</c> sets for every page (<c>for = "/*"</c>), read
/// from the file so the test server sends exactly what the deployed site sends.
/// </summary>
internal static partial class NetlifyHeaders
{
    public const string ContentSecurityPolicy = "Content-Security-Policy";

    public static IReadOnlyDictionary<string, string> ForEveryPage()
    {
        var path = Path.Combine(RepositoryRoot.Path, "netlify.toml");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Each [[headers]] table: a `for` pattern, then `Name = "value"` lines under [headers.values].
        foreach (var block in File.ReadAllText(path).Split("[[headers]]").Skip(1))
        {
            var values = Assignment().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.OrdinalIgnoreCase);
            if (values.Remove("for", out var pattern) && pattern == "/*")
            {
                foreach (var (name, value) in values)
                {
                    headers[name] = value;
                }
            }
        }
        if (!headers.ContainsKey(ContentSecurityPolicy))
        {
            throw new InvalidOperationException($"{path} sets no {ContentSecurityPolicy} for \"/*\"; the browser tests serve the site with it.");
        }
        return headers;
    }

    [GeneratedRegex("""^\s*(?<name>[A-Za-z][A-Za-z0-9-]*)\s*=\s*"(?<value>[^"]*)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex Assignment();
}
