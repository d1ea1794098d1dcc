using System.Text.RegularExpressions;

namespace Drejebog.Site.Assets;

/// <summary>The files a stylesheet names: every <c>url(…)</c> and <c>@import "…"</c> outside comments and strings.</summary>
public static partial class CssReferences
{
    public static List<AssetReference> Find(string css)
    {
        var skipped = CommentsAndStrings.Find(css, script: false);
        var found = new List<AssetReference>();
        foreach (Match match in Reference().Matches(css))
        {
            if (CommentsAndStrings.Contains(skipped, match.Index))
            {
                continue;
            }
            var value = match.Groups["value"];
            found.Add(new AssetReference(value.Index, value.Length, value.Value));
        }
        return found;
    }

    // url("x"), url('x'), url(x) and @import "x" (an @import url(x) is matched as a url()).
    [GeneratedRegex("""(?<![\w-])url\(\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^)"'\s]*))\s*\)|@import\s+(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
