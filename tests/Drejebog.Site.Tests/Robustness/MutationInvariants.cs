using System.Text;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// What must hold after every mutated build, whatever the mutation: no exception, crash or hang;
/// exit 0 or 1; every diagnostic inside the file it names and on the place to fix; on exit 1 the
/// output exactly as before; nothing left beside it. Each broken rule is one line of the result.
/// </summary>
public static class MutationInvariants
{
    // A file that could not be read or parsed: any error elsewhere is a follow-on the editor cannot fix there.
    private static readonly string[] ParseFailureCodes = new[]
    {
        ErrorCodes.NotUtf8, ErrorCodes.MissingFrontMatter, ErrorCodes.UnclosedFrontMatter, ErrorCodes.InvalidYaml, ErrorCodes.NotAMapping,
        ErrorCodes.YamlTooDeep, ErrorCodes.AliasAsKey, ErrorCodes.AliasExpansionTooLarge, ErrorCodes.UndefinedAlias,
        ErrorCodes.TabIndentation, ErrorCodes.RecursiveAlias, ErrorCodes.YamlTooLarge,
        ErrorCodes.MissingColon, ErrorCodes.WrongIndentation, ErrorCodes.UnclosedQuote, ErrorCodes.UnclosedBracket,
        ErrorCodes.ListItemWhereFieldExpected, ErrorCodes.FieldWhereListItemExpected, ErrorCodes.DuplicateKey,
        ErrorCodes.ColonInValue, ErrorCodes.ReservedFirstCharacter, ErrorCodes.YamlUnreadable,
    }.Select(code => code.Code).ToArray();

    private static readonly string BrokenPageLinkCode = ErrorCodes.BrokenPageLink.Code;

    public static IReadOnlyList<string> Check(MutationRun run)
    {
        var outcome = run.Outcome;
        if (outcome.TimedOut)
        {
            return [$"hang: no result after {outcome.Elapsed.TotalSeconds:0} s", .. outcome.HangReport];
        }
        if (outcome.Exception is { } exception)
        {
            return [$"unhandled {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")} at {TopFrames(exception)}"];
        }
        var problems = new List<string>();
        var errors = run.Diagnostics.Where(d => d.IsError).ToList();
        if (outcome.ExitCode is not (0 or 1))
        {
            problems.Add($"exit {outcome.ExitCode}, not 0 or 1: a content problem is never a usage error or a tool failure");
        }
        if (outcome.ExitCode == 1 && errors.Count == 0)
        {
            problems.Add("exit 1 without an error diagnostic to fix");
        }
        if (outcome.ExitCode == 0 && errors.Count > 0)
        {
            problems.Add("exit 0 despite error diagnostics");
        }
        foreach (var diagnostic in run.Diagnostics)
        {
            if (diagnostic.Code == PrintedDiagnostic.InternalErrorCode)
            {
                problems.Add($"the generator failed internally ({diagnostic.Code}): {diagnostic.Text}");
            }
            if (Position(run, diagnostic) is { } wrong)
            {
                problems.Add(wrong);
            }
        }
        problems.AddRange(run.Diagnostics.GroupBy(d => d.Text).Where(g => g.Count() > 1).Select(g => $"printed {g.Count()} times: {g.Key}"));
        problems.AddRange(BlamesTheTheme(run));
        problems.AddRange(FollowOns(run, errors));
        if (run.Mutation.Expected is { } expected && !errors.Any(error => Matches(run, error, expected)))
        {
            problems.Add($"expected {expected} (exit {outcome.ExitCode})");
        }
        if (outcome.ExitCode != 0 && !SameOutput(run))
        {
            problems.Add($"exit {outcome.ExitCode} but the output folder changed: {OutputChange(run)}");
        }
        if (!run.RootAfter.SequenceEqual(run.RootBefore))
        {
            problems.Add($"left beside the output: {string.Join(", ", run.RootAfter.Except(run.RootBefore))}");
        }
        return problems;
    }

    /// <summary>Null when the diagnostic names an existing file and a line and column inside it.</summary>
    private static string? Position(MutationRun run, PrintedDiagnostic diagnostic)
    {
        var path = FullPath(run, diagnostic.Path);
        if (new FileInfo(path).LinkTarget is not null && !IsReadableFile(path))
        {
            // A link that loops or leads nowhere readable has no lines: only its path can be named.
            return diagnostic is { Line: 1, Column: 1 } ? null : $"a position inside an unreadable link: {diagnostic.Text}";
        }
        if (!File.Exists(path))
        {
            // A required file that the mutation removed (site.yml) can only be reported where it belongs.
            var removed = run.Mutation.Edits.Any(edit => edit.Content is null && edit.LinkTarget is null && FullPath(run, Path.Combine(run.Root, edit.Path)) == path);
            return removed && diagnostic is { Line: 1, Column: 1 } ? null : $"names a file that does not exist: {diagnostic.Text}";
        }
        if (diagnostic.Line < 1 || diagnostic.Column < 1)
        {
            return $"position below 1:1: {diagnostic.Text}";
        }
        // Inside the file whether lines end at LF only or also at a lone CR, as editors count them.
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        return Inside(text.Split('\n'), diagnostic) || Inside(text.ReplaceLineEndings("\n").Split('\n'), diagnostic)
            ? null
            : $"position outside the file ({text.Split('\n').Length} lines): {diagnostic.Text}";
    }

    private static bool IsReadableFile(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Inside(string[] lines, PrintedDiagnostic diagnostic) =>
        diagnostic.Line <= lines.Length && diagnostic.Column <= lines[diagnostic.Line - 1].Length + 1;

    // When only content changed, the theme is not the place to fix anything. One exception: a page
    // the theme links to (the front page, the organisation page) was removed, and the layout's link
    // to it is one of the two places to fix (put the page back, or change the theme).
    private static IEnumerable<string> BlamesTheTheme(MutationRun run)
    {
        if (run.Mutation.Edits.Any(edit => edit.Path.StartsWith("theme/", StringComparison.Ordinal)))
        {
            return [];
        }
        var removedAPage = run.Mutation.Edits.Any(edit => edit is { Content: null, LinkTarget: null });
        var theme = FullPath(run, Path.Combine(run.Root, "theme")) + Path.DirectorySeparatorChar;
        return run.Diagnostics
            .Where(d => FullPath(run, d.Path).StartsWith(theme, StringComparison.Ordinal))
            .Where(d => !(removedAPage && d.Code == BrokenPageLinkCode))
            .Select(d => $"blames the theme for a content change: {d.Text}");
    }

    private static IEnumerable<string> FollowOns(MutationRun run, List<PrintedDiagnostic> errors)
    {
        var edited = run.Mutation.Edits.Select(edit => FullPath(run, Path.Combine(run.Root, edit.Path))).ToHashSet(StringComparer.Ordinal);
        var unparsed = errors.Where(e => ParseFailureCodes.Contains(e.Code) && edited.Contains(FullPath(run, e.Path))).ToList();
        if (unparsed.Count == 0)
        {
            return [];
        }
        return errors
            .Where(e => !edited.Contains(FullPath(run, e.Path)))
            .Select(e => $"follow-on error after {Path.GetFileName(unparsed[0].Path)} failed to parse ({unparsed[0].Code}): {e.Text}");
    }

    private static bool Matches(MutationRun run, PrintedDiagnostic error, ExpectedError expected) =>
        (expected.Path is null || FullPath(run, error.Path) == FullPath(run, Path.Combine(run.Root, expected.Path)))
        && (expected.FirstLine is null || (error.Line >= expected.FirstLine && error.Line <= expected.LastLine));

    private static bool SameOutput(MutationRun run) =>
        run.OutputBefore.Count == run.OutputAfter.Count
        && run.OutputBefore.All(entry => run.OutputAfter.TryGetValue(entry.Key, out var after) && after == entry.Value);

    private static string OutputChange(MutationRun run)
    {
        var changed = run.OutputBefore.Keys.Union(run.OutputAfter.Keys)
            .Where(key => !run.OutputBefore.TryGetValue(key, out var before) || !run.OutputAfter.TryGetValue(key, out var after) || before != after)
            .Order(StringComparer.Ordinal)
            .ToList();
        return $"{changed.Count} entries, e.g. {string.Join(", ", changed.Take(3))}";
    }

    private static string TopFrames(Exception exception) =>
        string.Join(" < ", (exception.StackTrace ?? "").Split('\n').Take(3).Select(frame => frame.Trim().Replace("at ", "", StringComparison.Ordinal)));

    // The build runs with the site copy as its working folder, so printed paths are relative to it.
    private static string FullPath(MutationRun run, string path) => Path.GetFullPath(path, run.Root);
}
