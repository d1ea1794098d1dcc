using System.Text.RegularExpressions;

namespace Drejebog.Site.Assets;

/// <summary>
/// The modules an ES module imports: static <c>import … from '…'</c>, <c>import '…'</c>,
/// <c>export … from '…'</c> and dynamic <c>import('…')</c>, outside comments and strings. A dynamic import
/// whose specifier is not a plain string cannot be rewritten and is returned as a problem.
/// </summary>
public static partial class JsImports
{
    public static (List<AssetReference> Imports, List<int> ComputedImports) Find(string js)
    {
        var skipped = CommentsAndStrings.Find(js, script: true);
        var imports = new List<AssetReference>();
        foreach (Match match in Import().Matches(js))
        {
            if (!CommentsAndStrings.Contains(skipped, match.Index))
            {
                var value = match.Groups["spec"];
                imports.Add(new AssetReference(value.Index, value.Length, value.Value));
            }
        }
        var computed = new List<int>();
        foreach (Match match in DynamicImport().Matches(js))
        {
            if (!CommentsAndStrings.Contains(skipped, match.Index) && !LiteralDynamicImport().IsMatch(js, match.Index))
            {
                computed.Add(match.Index);
            }
        }
        imports.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (imports, computed);
    }

    // `(?<![\w$.])` keeps out identifiers such as `reimport` and calls such as `loader.import(`.
    [GeneratedRegex("""
        (?<![\w$.])(?:import|export)\s*[\w$*{},\s]*?\bfrom\s*(?<q>['"])(?<spec>[^'"\r\n]+)\k<q>
        |(?<![\w$.])import\s*(?<q>['"])(?<spec>[^'"\r\n]+)\k<q>
        |(?<![\w$.])import\s*\(\s*(?<q>['"])(?<spec>[^'"\r\n]+)\k<q>\s*[,)]
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Import();

    [GeneratedRegex("""(?<![\w$.])import\s*\(""")]
    private static partial Regex DynamicImport();

    [GeneratedRegex("""\Gimport\s*\(\s*['"][^'"\r\n]+['"]\s*[,)]""")]
    private static partial Regex LiteralDynamicImport();
}
