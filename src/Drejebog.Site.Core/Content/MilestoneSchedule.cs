namespace Drejebog.Site.Content;

/// <summary>
/// The playbook's default date for each milestone. The source dates only the phases, so each
/// milestone's target is spread evenly inside its phase: the k-th of n milestones in a phase
/// from S to D falls on S + round(k·(D − S)/n) days, and the last one on the phase deadline.
/// The browser applies the same rule to a team's own dates (theme/assets/js/plan-dates.js);
/// ThemeScriptTests checks that both agree on the real content.
/// </summary>
public static class MilestoneSchedule
{
    /// <summary>Where a phase begins: the first phase at its own start, every later one at the previous phase's deadline.</summary>
    public static DateOnly PhaseStart(ContentGraph graph, Phase phase)
    {
        var index = IndexOf(graph.Phases, phase);
        // Without a start (reported by CheckPhaseDates), the first phase begins at its own end.
        return index <= 0 ? phase.Starts?.Date ?? phase.Ends.Date : graph.Phases[index - 1].Ends.Date;
    }

    /// <summary>Every milestone's default target date, by milestone id.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Targets(ContentGraph graph)
    {
        var targets = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var phase in graph.Phases)
        {
            var milestones = graph.MilestonesByPhase.GetValueOrDefault(phase.Id) ?? [];
            var start = PhaseStart(graph, phase);
            for (var k = 1; k <= milestones.Count; k++)
            {
                targets[milestones[k - 1].Id] = Spread(start, phase.Ends.Date, k, milestones.Count);
            }
        }
        return targets;
    }

    /// <summary>The k-th of n evenly spread dates after <paramref name="start"/>, the n-th on <paramref name="end"/>.</summary>
    public static DateOnly Spread(DateOnly start, DateOnly end, int k, int n)
    {
        var days = end.DayNumber - start.DayNumber;
        // Away from zero, as JavaScript's Math.round does for the positive halves this meets.
        return start.AddDays((int)Math.Round((double)k * days / n, MidpointRounding.AwayFromZero));
    }

    private static int IndexOf(IReadOnlyList<Phase> phases, Phase phase)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            if (ReferenceEquals(phases[i], phase) || phases[i].Id == phase.Id)
            {
                return i;
            }
        }
        return -1;
    }
}
