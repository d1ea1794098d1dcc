using System.Globalization;
using Drejebog.Site.Content;

namespace Drejebog.Site.Templates;

/// <summary>
/// The phase plan (the playbook's figure 1) as a view model: <c>site.phase_plan</c> with the
/// timeline's geometry worked out here, so the partial only writes SVG elements, and the phases'
/// dates on each phase object. Keys are listed in docs/theme.md ("Phase plan").
/// </summary>
public static class PhasePlanModel
{
    /// <summary>The SVG's coordinate system: the full figure and the compact one on phase pages share the width.</summary>
    public const int Width = 800;

    private const double Left = 24;
    private const double Right = Width - 24;

    /// <summary>Adds the dates to each phase's model and <c>phase_plan</c> to <paramref name="site"/>.</summary>
    public static void AddTo(Dictionary<string, object?> site, ContentGraph graph,
        IReadOnlyDictionary<string, Dictionary<string, object?>> phases, IReadOnlyDictionary<string, Dictionary<string, object?>> milestones)
    {
        var spans = Spans(graph.Phases);
        foreach (var (phase, starts) in spans)
        {
            var model = phases[phase.Id];
            var list = graph.MilestonesByPhase[phase.Id];
            model["starts"] = starts.Text;
            model["starts_date"] = starts.Iso;
            model["ends_date"] = phase.Ends.Iso;
            // A phase closes with its last milestone: in the playbook, the decision to go on to the next phase.
            model["closing_milestone"] = list.Count > 0 ? milestones[list[^1].Id] : ViewModels.Missing;
        }
        site["phase_plan"] = spans.Count == 0 ? ViewModels.Missing : Plan(spans, graph, phases, milestones);
    }

    /// <summary>Each phase with its start: the first phase's own, every later one's the end of the one before.</summary>
    private static List<(Phase Phase, PhaseDate Starts)> Spans(IReadOnlyList<Phase> phases)
    {
        var spans = new List<(Phase, PhaseDate)>();
        // Without a start (reported by CheckPhaseDates), the first phase is drawn from its own end.
        var previousEnd = phases.Count > 0 ? phases[0].Starts ?? phases[0].Ends : null;
        foreach (var phase in phases)
        {
            spans.Add((phase, previousEnd!));
            previousEnd = phase.Ends;
        }
        return spans;
    }

    private static Dictionary<string, object?> Plan(List<(Phase Phase, PhaseDate Starts)> spans, ContentGraph graph,
        IReadOnlyDictionary<string, Dictionary<string, object?>> phases, IReadOnlyDictionary<string, Dictionary<string, object?>> milestones)
    {
        var first = spans[0].Starts.Date;
        var last = spans[^1].Phase.Ends.Date;
        var days = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly date) => Left + (Right - Left) * Math.Clamp(date.DayNumber - first.DayNumber, 0, days) / days;

        // Numbers alternate rows across the whole plan, so the last of one phase and the first of the next do not meet.
        var before = 0;
        var items = spans.Select((span, index) =>
        {
            var x = X(span.Starts.Date);
            var width = Math.Max(1, X(span.Phase.Ends.Date) - x);
            var list = graph.MilestonesByPhase[span.Phase.Id];
            var offset = before;
            before += list.Count;
            return new Dictionary<string, object?>
            {
                ["phase"] = phases[span.Phase.Id],
                ["x"] = Number(x),
                ["width"] = Number(width),
                ["middle"] = Number(x + width / 2),
                ["end"] = Number(x + width),
                ["title_x"] = Number(x + 6),
                ["is_last"] = index == spans.Count - 1,
                ["marks"] = list.Select((m, i) => Mark(milestones[m.Id], x + width * (i + 0.5) / list.Count, offset + i, i == list.Count - 1)).ToList(),
            };
        }).ToList();

        return new Dictionary<string, object?>
        {
            ["starts"] = spans[0].Starts.Text,
            ["starts_date"] = spans[0].Starts.Iso,
            ["ends"] = spans[^1].Phase.Ends.Text,
            ["ends_date"] = spans[^1].Phase.Ends.Iso,
            ["start_x"] = Number(Left),
            ["deadline_x"] = Number(Right),
            ["width"] = Width,
            ["phases"] = items,
            ["notes"] = spans.Select(s => s.Phase.DatesNote).OfType<string>().ToList(),
        };
    }

    // A milestone on the bar; numbers alternate between two rows below it (by place in the plan), so close ones do not overlap.
    private static Dictionary<string, object?> Mark(Dictionary<string, object?> milestone, double x, int place, bool isClosing) => new()
    {
        ["milestone"] = milestone,
        ["x"] = Number(x),
        ["label_y"] = place % 2 == 0 ? 92 : 112,
        ["tick_y"] = place % 2 == 0 ? 78 : 98,
        ["is_closing"] = isClosing,
        // The diamond for a closing milestone, as an SVG path around (x, 48).
        ["diamond"] = isClosing ? $"M{Number(x)} 39 l9 9 l-9 9 l-9 -9 z" : ViewModels.Missing,
    };

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
