using System.Text;

namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>
/// Corruptions of YAML structure in front matter and <c>site.yml</c>: indentation, tabs, a scalar
/// made a list or mapping, deep nesting, anchors and aliases (valid, undefined, as keys, bombs),
/// unusual numbers, unknown and duplicate keys, unclosed quotes and brackets.
/// </summary>
internal static class YamlMutators
{
    // Every top-level field that has a value on its line must be a scalar (none of them takes a list).
    private static readonly string[] ScalarFields =
        ["id", "title", "phase", "order", "summary", "reports_to", "experience", "layout", "nav_order", "number", "ends", "closing", "status",
         "description", "base_url", "organisation", "repository", "nav_title", "accessibility_statement"];

    private static readonly string[] WrongNumbers = ["99999999999999999999999999999", "-1", "0", "1e400", "1.5", ".nan"];

    public static IEnumerable<MutationKind> All =>
    [
        new("yaml-indent", Indent),
        new("yaml-tab-indent", TabIndent),
        new("yaml-scalar-to-list", (site, random) => ScalarToCollection(site, random, "  - ")),
        new("yaml-scalar-to-mapping", (site, random) => ScalarToCollection(site, random, "  noegle: ")),
        new("yaml-deep-flow", (site, random) => DeepNesting(site, random, flow: true)),
        new("yaml-deep-block", (site, random) => DeepNesting(site, random, flow: false)),
        new("yaml-anchor-alias", AnchorAndAlias),
        new("yaml-alias-undefined", UndefinedAlias),
        new("yaml-alias-key", AliasAsKey),
        new("yaml-alias-bomb-value", (site, random) => AliasBomb(site, random, asKey: false)),
        new("yaml-alias-bomb-key", (site, random) => AliasBomb(site, random, asKey: true)),
        new("yaml-wrong-number", WrongNumber),
        new("yaml-unknown-key", UnknownKey),
        new("yaml-duplicate-key", DuplicateKey),
        new("yaml-empty-value", EmptyValue),
        new("yaml-unclosed-quote", (site, random) => BreakValue(site, random, value => "\"" + value, "an unclosed quote")),
        new("yaml-unclosed-bracket", (site, random) => BreakValue(site, random, value => "[" + value, "an unclosed `[`")),
    ];

    private static Mutation Indent(OriginalSite site, Random random)
    {
        var (path, lines, at) = YamlLine(site, random, line => line.Length > 0);
        var spaces = random.Next(1, 4);
        var removed = lines[at].StartsWith(' ') && random.Next(2) == 0;
        lines[at] = removed ? lines[at][Math.Min(spaces, lines[at].Length - lines[at].TrimStart(' ').Length)..] : new string(' ', spaces) + lines[at];
        return Mutation.Change(path, OriginalSite.Join(lines), $"{(removed ? "removed" : "added")} up to {spaces} spaces of indentation on line {at + 1}");
    }

    // YAML forbids tabs in indentation, so the line with the tab is the place to fix.
    private static Mutation TabIndent(OriginalSite site, Random random)
    {
        var (path, lines, at) = YamlLine(site, random, line => line.Length > 0 && line[0] != '#');
        lines[at] = "\t" + lines[at].TrimStart(' ');
        return new Mutation($"{path}: indented line {at + 1} with a tab", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation ScalarToCollection(OriginalSite site, Random random, string prefix)
    {
        var (path, lines, at, key, value) = ScalarField(site, random);
        lines[at] = key + ":";
        lines.Insert(at + 1, prefix + value);
        return new Mutation($"{path}: made `{key}` on line {at + 1} a {(prefix.Contains('-', StringComparison.Ordinal) ? "list" : "mapping")}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], new ExpectedError(path, at + 1, at + 2));
    }

    // Flow style: 100,000 levels in one line, deep enough to overflow a recursive parser's stack.
    // Block style: one level per line, up to 1,000 so the file stays under the 1 MB text limit.
    private static Mutation DeepNesting(OriginalSite site, Random random, bool flow)
    {
        var (path, lines, at, key, _) = ScalarField(site, random);
        var depth = flow ? 100_000 : random.One([64, 300, 1_000]);
        if (flow)
        {
            lines[at] = $"{key}: {new string('[', depth)}x{new string(']', depth)}";
        }
        else
        {
            var nested = new StringBuilder(key + ":");
            for (var level = 1; level <= depth; level++)
            {
                nested.Append('\n').Append(' ', level).Append(level == depth ? "a: x" : "a:");
            }
            lines[at] = nested.ToString();
        }
        return new Mutation($"{path}: nested `{key}` on line {at + 1} {depth} levels deep ({(flow ? "flow" : "block")})",
            [FileEdit.Write(path, OriginalSite.Join(lines))], new ExpectedError(path, at + 1, at + 1 + (flow ? 0 : depth)));
    }

    // Valid YAML: an anchored value reused by an alias. Whether the build accepts it is up to the reader.
    private static Mutation AnchorAndAlias(OriginalSite site, Random random)
    {
        var path = random.One(site.MarkdownFiles);
        var lines = site.Lines(path);
        var (first, last) = site.YamlLines(path);
        var title = lines.FindIndex(first, last - first + 1, line => line.StartsWith("title: ", StringComparison.Ordinal));
        var summary = lines.FindIndex(first, last - first + 1, line => line.StartsWith("summary: ", StringComparison.Ordinal));
        if (title < 0 || summary < 0)
        {
            return UndefinedAlias(site, random);
        }
        lines[title] = "title: &titel " + lines[title]["title: ".Length..];
        lines[summary] = "summary: *titel";
        return Mutation.Change(path, OriginalSite.Join(lines), $"anchored `title` on line {title + 1} and used it as `summary` on line {summary + 1}");
    }

    private static Mutation UndefinedAlias(OriginalSite site, Random random)
    {
        var (path, lines, at, key, _) = ScalarField(site, random);
        lines[at] = $"{key}: *findes_ikke";
        return new Mutation($"{path}: made `{key}` on line {at + 1} an undefined alias", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    // An alias used as a mapping key, either `*a : x` or the explicit `? *a` form; refused where it stands.
    private static Mutation AliasAsKey(OriginalSite site, Random random)
    {
        var (path, lines, at, key, value) = ScalarField(site, random);
        lines[at] = $"{key}: &noegle {value}";
        var (_, last) = site.YamlLines(path);
        var explicitKey = random.Next(2) == 0;
        lines.Insert(last + 1, explicitKey ? "? *noegle\n: x" : "*noegle : x");
        return new Mutation($"{path}: anchored `{key}` on line {at + 1} and used it as a key on line {last + 2} ({(explicitKey ? "`? *noegle`" : "`*noegle : x`")})",
            [FileEdit.Write(path, OriginalSite.Join(lines))], new ExpectedError(path, last + 2, last + 3));
    }

    // "Billion laughs": ten levels of ten aliases each, used as a value or as a mapping key.
    private static Mutation AliasBomb(OriginalSite site, Random random, bool asKey)
    {
        var path = random.One(site.YamlFiles);
        var lines = site.Lines(path);
        var (_, last) = site.YamlLines(path);
        var bomb = new List<string> { "bombe0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= 9; level++)
        {
            bomb.Add($"bombe{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]");
        }
        bomb.Add(asKey ? "? *a9\n: x" : "bombe: *a9");
        lines.Insert(last + 1, string.Join('\n', bomb));
        return new Mutation($"{path}: an alias bomb (10^10 nodes) after line {last + 1}, used as a {(asKey ? "key" : "value")}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }

    private static Mutation WrongNumber(OriginalSite site, Random random)
    {
        var path = random.One(site.MarkdownFiles.Where(p => site.Field(p, "order") is not null || site.Field(p, "number") is not null).ToList());
        var lines = site.Lines(path);
        var (first, last) = site.YamlLines(path);
        var at = random.Line(lines, first, last, line => line.StartsWith("order: ", StringComparison.Ordinal) || line.StartsWith("number: ", StringComparison.Ordinal))!.Value;
        var key = lines[at][..lines[at].IndexOf(':', StringComparison.Ordinal)];
        var number = random.One(WrongNumbers);
        lines[at] = $"{key}: {number}";
        return new Mutation($"{path}: set `{key}` on line {at + 1} to {number}", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation UnknownKey(OriginalSite site, Random random)
    {
        var path = random.One(site.YamlFiles);
        var lines = site.Lines(path);
        var (first, last) = site.YamlLines(path);
        // Before a top-level key, or after the last YAML line, so the new key is top-level too.
        var end = Math.Min(last + 1, lines.Count - 1);
        var at = random.Line(lines, first, end, line => Pick.IsTopLevelKey(line) || line == "---" || line.Length == 0) ?? last + 1;
        lines.Insert(at, "ukendt_felt: noget");
        return new Mutation($"{path}: inserted the unknown key `ukendt_felt` as line {at + 1}", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation DuplicateKey(OriginalSite site, Random random)
    {
        var (path, lines, at, key, _) = ScalarField(site, random);
        lines.Insert(at + 1, lines[at]);
        return new Mutation($"{path}: repeated `{key}` from line {at + 1} on line {at + 2}", [FileEdit.Write(path, OriginalSite.Join(lines))], new ExpectedError(path, at + 1, at + 2));
    }

    private static Mutation EmptyValue(OriginalSite site, Random random)
    {
        var (path, lines, at, key, _) = ScalarField(site, random);
        var empty = random.One(["", " ~", " null", " \"\"", " []", " {}", " true"]);
        lines[at] = key + ":" + empty;
        return Mutation.Change(path, OriginalSite.Join(lines), $"set `{key}` on line {at + 1} to `{empty.Trim()}`");
    }

    private static Mutation BreakValue(OriginalSite site, Random random, Func<string, string> change, string what)
    {
        var (path, lines, at, key, value) = ScalarField(site, random);
        lines[at] = $"{key}: {change(value)}";
        return new Mutation($"{path}: {what} in `{key}` on line {at + 1}", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }

    private static (string Path, List<string> Lines, int At) YamlLine(OriginalSite site, Random random, Func<string, bool> matches)
    {
        var path = random.One(site.YamlFiles);
        var lines = site.Lines(path);
        var (first, last) = site.YamlLines(path);
        return (path, lines, random.Line(lines, first, last, matches)!.Value);
    }

    private static (string Path, List<string> Lines, int At, string Key, string Value) ScalarField(OriginalSite site, Random random)
    {
        var (path, lines, at) = YamlLine(site, random, line => Pick.IsTopLevelScalar(line) && ScalarFields.Contains(line[..line.IndexOf(':', StringComparison.Ordinal)]));
        var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
        return (path, lines, at, lines[at][..colon], lines[at][(colon + 2)..]);
    }
}
