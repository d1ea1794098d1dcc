using System.Globalization;
using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>A diagnostic as <c>drejebog</c> prints it: <c>path:line:col: fejl DS012: …</c>.</summary>
public sealed partial record PrintedDiagnostic(string Path, int Line, int Column, bool IsError, string Code, string Text)
{
    public const string InternalErrorCode = "DS055";

    public static IReadOnlyList<PrintedDiagnostic> ParseAll(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Select(line => (line, match: Printed().Match(line))).Where(entry => entry.match.Success).Select(entry => new PrintedDiagnostic(
            entry.match.Groups["path"].Value,
            int.Parse(entry.match.Groups["line"].Value, CultureInfo.InvariantCulture),
            int.Parse(entry.match.Groups["column"].Value, CultureInfo.InvariantCulture),
            entry.match.Groups["severity"].Value == "fejl",
            entry.match.Groups["code"].Value,
            entry.line)).ToList();

    [GeneratedRegex(@"^(?<path>.+?):(?<line>-?\d+):(?<column>-?\d+): (?<severity>fejl|advarsel) (?<code>DS\d+): ")]
    private static partial Regex Printed();
}
