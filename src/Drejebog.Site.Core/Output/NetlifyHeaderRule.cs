namespace Drejebog.Site.Output;

/// <summary>One <c>[[headers]]</c> table of <c>netlify.toml</c>: a path pattern and the headers it sets.</summary>
/// <param name="For">The pattern: an exact path, <c>:name</c> for one segment, <c>*</c> at the end for anything below.</param>
/// <param name="Values">Header name → value.</param>
public sealed record NetlifyHeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Whether Netlify applies this rule to a request for <paramref name="path"/> (<c>/assets/css/site.css</c>).</summary>
    public bool Matches(string path)
    {
        var pattern = For.Split('/');
        var parts = path.Split('/');
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == "*" && i == pattern.Length - 1)
            {
                return true;
            }
            if (i >= parts.Length)
            {
                // `/assets/*` also matches `/assets`, and `/x/` matches `/x`.
                return i == pattern.Length - 1 && pattern[i] is "" or "*";
            }
            if (pattern[i].StartsWith(':') ? parts[i].Length == 0 : pattern[i] != parts[i])
            {
                return false;
            }
        }
        // `/x` also matches `/x/`.
        return parts.Length == pattern.Length || (parts.Length == pattern.Length + 1 && parts[^1].Length == 0);
    }
}
