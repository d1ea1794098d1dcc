using System.Globalization;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.BrowserTests.Support;

/// <summary>A phase as its input file gives it (<see cref="Starts"/> only on the first).</summary>
internal sealed record InputPhase(string Id, int Number, DateOnly? Starts, DateOnly Ends);

/// <summary>
/// The plan's date rules (docs/browser.md, "The team's plan"), worked out here from the input files
/// and the rule, so what the tests expect does not come from the page scripts: a phase's deadline
/// is the team's own, else the playbook's moved by as many days as the team's start; each
/// milestone without its own date gets the even spread over its phase.
/// </summary>
internal static class PlanDates
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly Lazy<IReadOnlyList<InputPhase>> All = new(() => Read(RepositoryRoot.Input));

    public static IReadOnlyList<InputPhase> Phases => All.Value;

    public static InputPhase Phase(string id) => Phases.Single(p => p.Id == id);

    public static DateOnly PlaybookStart => Phases[0].Starts ?? throw new InvalidDataException("The first phase has no start.");

    /// <summary>"14. marts 2026", as the pages write a date.</summary>
    public static string Danish(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)}. {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today's date in Denmark, which is what "overdue" is measured against.</summary>
    public static DateOnly TodayInCopenhagen() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).DateTime);

    /// <summary>A phase's deadline with only an own start (or none).</summary>
    public static DateOnly Deadline(string phaseId, DateOnly? ownStart) =>
        Phase(phaseId).Ends.AddDays(ownStart is { } start ? start.DayNumber - PlaybookStart.DayNumber : 0);

    /// <summary>The even spread: the k-th of n milestones in a phase from S to D is S + round(k·(D−S)/n).</summary>
    public static DateOnly Spread(DateOnly phaseStart, DateOnly deadline, int k, int n) =>
        phaseStart.AddDays((int)Math.Round((double)k * (deadline.DayNumber - phaseStart.DayNumber) / n, MidpointRounding.AwayFromZero));

    /// <summary>A milestone's target with only an own start and own phase deadlines.</summary>
    public static DateOnly Target(string milestoneId, DateOnly? ownStart, IReadOnlyDictionary<string, DateOnly>? ownDeadlines = null)
    {
        var milestone = RealContent.Milestone(milestoneId);
        var inPhase = RealContent.Milestones.Where(m => m.Phase == milestone.Phase).OrderBy(m => m.Order).ToList();
        var at = Phases.ToList().FindIndex(p => p.Id == milestone.Phase);
        DateOnly DeadlineOf(InputPhase p) => ownDeadlines is not null && ownDeadlines.TryGetValue(p.Id, out var own) ? own : Deadline(p.Id, ownStart);
        var start = at == 0 ? ownStart ?? PlaybookStart : DeadlineOf(Phases[at - 1]);
        return Spread(start, DeadlineOf(Phases[at]), inPhase.IndexOf(milestone) + 1, inPhase.Count);
    }

    /// <summary>The stored value of a plan, as storage.js writes it.</summary>
    public static string Stored(object plan) =>
        JsonSerializer.Serialize(new { schema = 1, site = BrowserContract.SiteId, plan });

    private static List<InputPhase> Read(string input) =>
        Directory.GetFiles(Path.Combine(input, "faser"), "*.md")
            .Select(path => FrontMatter(File.ReadAllText(path)))
            .Select(front => new InputPhase(
                Scalar(front, "id")!,
                int.Parse(Scalar(front, "number")!, CultureInfo.InvariantCulture),
                Scalar(front, "starts") is { } starts ? DateOnly.Parse(starts, CultureInfo.InvariantCulture) : null,
                DateOnly.Parse(Scalar(front, "ends")!, CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Number)
            .ToList();

    private static YamlMappingNode FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines[1..end])));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
