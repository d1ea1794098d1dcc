using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Drejebog.Site.Yaml;

/// <summary>
/// YAML is indented with spaces only. YamlDotNet refuses a tab in the indentation without saying
/// where it is, or at the value before it, or takes a leading tab for a space and fails a line
/// later; so when parsing fails, a tab in the indentation is the cause to report, at the tab.
/// </summary>
internal static partial class IndentationTab
{
    /// <summary>The first tab in the leading whitespace of a line, up to the line where parsing failed.</summary>
    public static Mark? Find(string yaml, YamlException error, string message)
    {
        // An error about a tab may come without a position, or before the tab.
        var lastLine = TabWord().IsMatch(message) ? long.MaxValue : error.Start.Line;
        var line = 1;
        var lineStart = 0;
        while (line <= lastLine)
        {
            for (var i = lineStart; i < yaml.Length && yaml[i] is ' ' or '\t'; i++)
            {
                if (yaml[i] == '\t')
                {
                    return new Mark(i, line, i - lineStart + 1);
                }
            }
            var end = yaml.IndexOf('\n', lineStart);
            if (end < 0)
            {
                return null;
            }
            lineStart = end + 1;
            line++;
        }
        return null;
    }

    [GeneratedRegex(@"\btab\b", RegexOptions.IgnoreCase)]
    private static partial Regex TabWord();
}
