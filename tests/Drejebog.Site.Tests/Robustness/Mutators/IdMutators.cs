namespace Drejebog.Site.Tests.Robustness.Mutators;

/// <summary>
/// Corruptions of the content model's ids and references: duplicate and invalid ids, references to
/// phases, roles and milestones that do not exist, dependency cycles.
/// </summary>
internal static class IdMutators
{
    private static readonly string[] InvalidIds = ["Ugyldigt Id!", "blåbær", "../udenfor", "a/b", "-", "\"\"", "id med mellemrum", "ÆØÅ", "a\u200Bb"];

    public static IEnumerable<MutationKind> All =>
    [
        new("id-duplicate", DuplicateId),
        new("id-invalid", InvalidId),
        new("deliverable-duplicate", DuplicateDeliverable),
        new("ref-missing-phase", (site, random) => MissingReference(site, random, "phase: ", "phase: findes-ikke")),
        new("ref-missing-role", (site, random) => MissingReference(site, random, "  - role: ", "  - role: findes-ikke")),
        new("ref-missing-milestone", (site, random) => MissingReference(site, random, "  - ", "  - findes-ikke", dependencyOnly: true)),
        new("ref-self-dependency", SelfDependency),
        new("ref-dependency-cycle", DependencyCycle),
    ];

    // Either file may be the one reported; the build must fail.
    private static Mutation DuplicateId(OriginalSite site, Random random)
    {
        var folder = random.One(["input/milepaele/", "input/roller/", "input/faser/"]);
        var files = site.MarkdownFiles.Where(path => path.StartsWith(folder, StringComparison.Ordinal)).ToList();
        var (a, b) = (random.One(files), random.One(files));
        while (a == b)
        {
            b = random.One(files);
        }
        var lines = site.Lines(a);
        var at = lines.FindIndex(line => line.StartsWith("id: ", StringComparison.Ordinal));
        var id = site.Field(b, "id")!;
        lines[at] = "id: " + id;
        return new Mutation($"{a}: gave it the id `{id}` of {b} on line {at + 1}", [FileEdit.Write(a, OriginalSite.Join(lines))], ExpectedError.Anywhere);
    }

    private static Mutation InvalidId(OriginalSite site, Random random)
    {
        var path = random.One(site.MarkdownFiles.Where(p => site.Field(p, "id") is not null).ToList());
        var lines = site.Lines(path);
        var at = lines.FindIndex(line => line.StartsWith("id: ", StringComparison.Ordinal));
        var id = random.One(InvalidIds);
        lines[at] = "id: " + id;
        return new Mutation($"{path}: set `id` on line {at + 1} to `{id}`", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation DuplicateDeliverable(OriginalSite site, Random random)
    {
        var deliverables = site.Milestones
            .SelectMany(path => site.Lines(path).Select((line, index) => (path, line, index)))
            .Where(entry => entry.line.StartsWith("  - id: ", StringComparison.Ordinal))
            .ToList();
        var (path, _, at) = random.One(deliverables);
        var other = random.One(deliverables.Where(entry => entry.line != deliverables.First(d => d.path == path && d.index == at).line).ToList());
        var lines = site.Lines(path);
        lines[at] = other.line;
        return new Mutation($"{path}: gave the deliverable on line {at + 1} the id of {other.path}:{other.index + 1}",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.Anywhere);
    }

    private static Mutation MissingReference(OriginalSite site, Random random, string prefix, string replacement, bool dependencyOnly = false)
    {
        var candidates = site.MarkdownFiles
            .SelectMany(path => site.Lines(path).Select((line, index) => (path, line, index)).Take(site.BodyStart(path)))
            .Where(entry => entry.line.StartsWith(prefix, StringComparison.Ordinal) && !entry.line.StartsWith("  - id:", StringComparison.Ordinal))
            .Where(entry => !dependencyOnly || IsDependency(site.Lines(entry.path), entry.index))
            .ToList();
        var (path, line, at) = random.One(candidates);
        var lines = site.Lines(path);
        lines[at] = replacement;
        return new Mutation($"{path}: changed `{line.Trim()}` on line {at + 1} to `{replacement.Trim()}`",
            [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.AtLine(path, at + 1));
    }

    private static Mutation SelfDependency(OriginalSite site, Random random)
    {
        var path = random.One(site.Milestones);
        var lines = RemoveDependencyItems(site.Lines(path));
        var items = Dependencies(site, path).Append(site.Field(path, "id")!).Select(id => "  - " + id);
        lines.Insert(lines.IndexOf("---", 1), "depends_on:\n" + string.Join('\n', items));
        return new Mutation($"{path}: made the milestone depend on itself", [FileEdit.Write(path, OriginalSite.Join(lines))], ExpectedError.InFile(path));
    }

    // A depends on B already (directly); make B depend on A too.
    private static Mutation DependencyCycle(OriginalSite site, Random random)
    {
        var pairs = site.Milestones
            .SelectMany(path => Dependencies(site, path).Select(dependency => (path, target: site.MilestoneWithId(dependency))))
            .Where(pair => pair.target is not null)
            .ToList();
        var (a, b) = random.One(pairs);
        var lines = RemoveDependencyItems(site.Lines(b!));
        var items = Dependencies(site, b!).Append(site.Field(a, "id")!).Select(id => "  - " + id);
        lines.Insert(lines.IndexOf("---", 1), "depends_on:\n" + string.Join('\n', items));
        return new Mutation($"{b}: made it depend on {a}, which depends on it", [FileEdit.Write(b!, OriginalSite.Join(lines))], ExpectedError.Anywhere);
    }

    private static List<string> Dependencies(OriginalSite site, string path)
    {
        var lines = site.Lines(path);
        var at = lines.FindIndex(line => line == "depends_on:");
        return at < 0 ? [] : lines.Skip(at + 1).TakeWhile(line => line.StartsWith("  - ", StringComparison.Ordinal)).Select(line => line[4..].Trim()).ToList();
    }

    /// <summary>The lines without the <c>depends_on</c> key and its items.</summary>
    private static List<string> RemoveDependencyItems(List<string> lines)
    {
        var at = lines.FindIndex(line => line.StartsWith("depends_on:", StringComparison.Ordinal));
        if (at < 0)
        {
            return lines;
        }
        var count = 1 + lines.Skip(at + 1).TakeWhile(line => line.StartsWith("  - ", StringComparison.Ordinal)).Count();
        lines.RemoveRange(at, count);
        return lines;
    }

    private static bool IsDependency(List<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].StartsWith("  - ", StringComparison.Ordinal))
            {
                return lines[i] == "depends_on:";
            }
        }
        return false;
    }
}
