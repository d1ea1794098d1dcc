using System.Globalization;
using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Words;

/// <summary>A rejected form of a term and the spelling to write instead, as <c>docs/word-list.md</c> lists them.</summary>
internal sealed record RejectedForm(string Form, string Write)
{
    /// <summary>
    /// The form as a pattern: case as written, but a capital first letter also matches; whole
    /// words unless the form ends in <c>*</c>; a space matches any whitespace.
    /// </summary>
    public Regex Pattern { get; } = ToPattern(Form);

    private static Regex ToPattern(string form)
    {
        var anyEnding = form.EndsWith('*');
        var text = anyEnding ? form[..^1] : form;
        var first = text[..1];
        var start = char.IsLetter(text[0])
            ? $"[{Regex.Escape(first)}{Regex.Escape(first.ToUpper(CultureInfo.InvariantCulture))}]"
            : Regex.Escape(first);
        var rest = string.Join(@"\s+", text[1..].Split(' ').Select(Regex.Escape));
        var end = anyEnding || !char.IsLetterOrDigit(text[^1]) ? "" : @"(?![\p{L}\p{N}])";
        return new Regex(@"(?<![\p{L}\p{N}])" + start + rest + end, RegexOptions.CultureInvariant);
    }
}

/// <summary>A use of a rejected form in a file.</summary>
internal sealed record WordListFinding(int Line, RejectedForm Rejected, string Found)
{
    public string Describe(string path) => $"{path}:{Line}: \"{Found}\" – write {Rejected.Write}";
}

/// <summary>
/// The word list for editors, read from the table in <c>docs/word-list.md</c> (the one place that
/// says which spelling to use), and the check of a file's reader text against it.
/// </summary>
internal static partial class WordList
{
    public static string DocPath => Path.Combine(RepositoryRoot.Path, "docs", "word-list.md");

    /// <summary>Every rejected form in the doc's table rows: first cell the spelling to write, second the rejected forms, each in backticks.</summary>
    public static IReadOnlyList<RejectedForm> Parse(string markdown) =>
    [
        .. markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(line => line.StartsWith('|'))
            .Select(line => line.Split('|'))
            .Where(cells => cells.Length >= 4)
            .SelectMany(cells =>
            {
                var write = string.Join(", ", Code().Matches(cells[1]).Select(m => $"\"{m.Groups[1].Value}\""));
                return Code().Matches(cells[2]).Select(m => new RejectedForm(m.Groups[1].Value, write));
            })
            .Where(form => form.Write.Length > 0),
    ];

    /// <summary>Each rejected form used in the runs, at its line; text in »…« quotes the source and is left out.</summary>
    public static IEnumerable<WordListFinding> Check(IEnumerable<TextRun> runs, IReadOnlyList<RejectedForm> forms)
    {
        foreach (var run in runs)
        {
            var text = Quote().Replace(string.Join('\n', run.Lines.Select(l => l.Text)), m => Blank(m.Value));
            var matches = forms.SelectMany(form => form.Pattern.Matches(text).Select(match => (Form: form, Match: match))).ToList();
            // "KL/KOMBIT's" is also "KOMBIT's": report the longer form only.
            foreach (var (form, match) in matches.Where(m => !matches.Any(o => Contains(o.Match, m.Match))))
            {
                var line = run.Lines[text[..match.Index].Count(c => c == '\n')].Line;
                yield return new WordListFinding(line, form, match.Value.ReplaceLineEndings(" "));
            }
        }
    }

    private static bool Contains(Match outer, Match inner) =>
        outer.Length > inner.Length && outer.Index <= inner.Index && inner.Index + inner.Length <= outer.Index + outer.Length;

    /// <summary>The quote replaced by spaces, its line breaks kept, so positions and lines stay where they were.</summary>
    private static string Blank(string quote) => string.Concat(quote.Select(c => c == '\n' ? '\n' : ' '));

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("»[^»«]*«")]
    private static partial Regex Quote();
}
