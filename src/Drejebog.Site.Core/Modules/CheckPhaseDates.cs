using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Checks that the phases' dates make one timeline for the phase plan: the first phase has a
/// start (and only it has one), it starts before it ends, and each phase ends after the one
/// before it. Each problem is reported at the date to fix.
/// </summary>
/// <remarks>
/// Skipped while a phase file has errors of its own or two phases share a number: then, "the first phase" and "the
/// phase before" could be the wrong ones, and the messages would point at correct dates.
/// </remarks>
public sealed class CheckPhaseDates : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        var phases = products.Get(SiteProducts.Graph).Phases;
        if (documents.Any(d => d.Failed && ContentKinds.FolderKindOf(d.RelativePath) == ContentKinds.Phase)
            || phases.DistinctBy(p => p.Number).Count() < phases.Count)
        {
            return documents;
        }
        var files = documents
            .Where(d => !d.Failed && d.Model is Phase)
            .GroupBy(d => ((Phase)d.Model!).Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var diagnostics = context.Diagnostics;
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var file = files[phase.Id];
            if (i == 0)
            {
                CheckFirst(phase, file, diagnostics);
            }
            else
            {
                CheckLater(phase, phases[i - 1], file, files[phases[i - 1].Id], phases[0], diagnostics);
            }
        }
        return documents;
    }

    private static void CheckFirst(Phase phase, Document file, DiagnosticBag diagnostics)
    {
        if (phase.Starts is not { } starts)
        {
            // Where the reader reports a missing field: the first line of the front matter.
            diagnostics.Error(file.DisplayPath, new SourcePosition(file.FrontMatterLine, 1), ErrorCodes.MissingField, "starts", "den første fase");
        }
        else if (phase.Ends.Date <= starts.Date)
        {
            diagnostics.Error(file.DisplayPath, phase.Ends.Position, ErrorCodes.PhaseEndsBeforeStart, phase.Ends.Iso, starts.Iso);
        }
    }

    private static void CheckLater(Phase phase, Phase previous, Document file, Document previousFile, Phase first, DiagnosticBag diagnostics)
    {
        if (phase.Starts is { } starts)
        {
            diagnostics.Error(file.DisplayPath, starts.Position, ErrorCodes.StartsOnLaterPhase, first.Number);
        }
        if (phase.Ends.Date <= previous.Ends.Date)
        {
            diagnostics.Error(file.DisplayPath, phase.Ends.Position, ErrorCodes.PhaseEndsBeforePrevious,
                phase.Ends.Iso, previous.PageTitle, previous.Ends.Iso, previousFile.DisplayPath);
        }
    }
}
