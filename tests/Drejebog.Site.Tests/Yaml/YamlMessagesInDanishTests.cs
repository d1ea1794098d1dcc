using System.Text.RegularExpressions;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Yaml;

/// <summary>
/// Many broken front matters, made by changing each line of a milestone the ways editors slip: none
/// may show the parser's English, whatever the mistake.
/// </summary>
public sealed partial class YamlMessagesInDanishTests
{
    private const string Start = "input/milepaele/1-01-start.md";

    /// <summary>Ways to break one line, each as an editor might.</summary>
    private static readonly Func<string, string>[] Slips =
    [
        line => line.Replace(":", "", StringComparison.Ordinal),
        line => " " + line,
        line => "   " + line,
        line => "\t" + line,
        line => line.TrimStart(),
        line => "- " + line,
        line => line.Replace(": ", ": \"", StringComparison.Ordinal),
        line => line.Replace(": ", ": '", StringComparison.Ordinal),
        line => line.Replace(": ", ": [", StringComparison.Ordinal),
        line => line.Replace(": ", ": {", StringComparison.Ordinal),
        line => line.Replace(": ", ": @", StringComparison.Ordinal),
        line => line.Replace(": ", ": `", StringComparison.Ordinal),
        line => line.Replace(": ", ": a: ", StringComparison.Ordinal),
        line => line + "]",
        line => line + "\"",
        line => line + "\n" + line,
        line => line + "\n  - x",
        line => line.Replace("-", "", StringComparison.Ordinal),
        line => line.Replace(" ", "\t", StringComparison.Ordinal),
        line => line + " \"ekstra\" tekst",
        line => "? " + line,
        line => "&a " + line,
        line => line + " *b",
        line => "!!" + line,
        line => line + "\n...",
        line => "%" + line,
    ];

    public static TheoryData<int> Lines() => [.. Enumerable.Range(2, 11)];

    [Theory]
    [MemberData(nameof(Lines))]
    public void No_broken_line_is_reported_in_the_parsers_english(int line)
    {
        var original = TestSite.Minimal().Text(Start).Split('\n')[line - 1];
        foreach (var slip in Slips)
        {
            var broken = slip(original);
            var result = HangGuard.Run(() => TestSite.Minimal().ReplaceLine(Start, line, original, broken).Build());

            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.False(ParserEnglish().IsMatch(diagnostic.Message), $"Line {line} as `{broken}`: {diagnostic}");
            }
        }
    }

    [GeneratedRegex(@"While |did not find|expected|found |Duplicate key|scanning|parsing|Operation is not valid|\b(?:Line|Col|Idx):", RegexOptions.IgnoreCase)]
    private static partial Regex ParserEnglish();
}
