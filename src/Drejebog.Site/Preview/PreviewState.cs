using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// What the preview shows and under which build id. The errors of the last rebuild and of the
/// last search index replace every page while they last; each change gets a new id and a message
/// for the open pages. Safe to use from the rebuild loop and the search thread at once.
/// </summary>
internal sealed class PreviewState
{
    private readonly object gate = new();
    // A new id per process, so a page left open from an earlier preview reloads when the next one starts.
    private readonly string session = Guid.NewGuid().ToString("N")[..8];
    private int number;
    private IReadOnlyList<Diagnostic> buildErrors = [];
    private IReadOnlyList<Diagnostic> searchErrors = [];
    private SourceLines sources = SourceLines.None;

    public PreviewState() => Current = new Snapshot($"{session}-0", [], SourceLines.None);

    /// <summary>The build id pages are served with now, and the errors that replace them.</summary>
    public Snapshot Current { get; private set; }

    /// <summary>Takes in a rebuild (successful or not), with the source lines its errors point at, and returns the message for the open pages.</summary>
    public ReloadMessage Built(IReadOnlyList<Diagnostic> errors, OutputChanges? changes, SourceLines? lines = null)
    {
        lock (gate)
        {
            var hadErrors = Current.Errors.Count > 0;
            buildErrors = errors;
            sources = lines ?? SourceLines.None;
            // Errors and their fix always reach every page; otherwise only the pages whose files changed reload.
            var all = hadErrors || errors.Count > 0 || changes is null || !changes.OnlyPagesChanged;
            return Next(ReloadMessage.Rebuilt, all, changes?.Written ?? []);
        }
    }

    /// <summary>Takes in the outcome of a search index run; a message only when the errors shown change.</summary>
    public ReloadMessage? Searched(Diagnostic? problem)
    {
        lock (gate)
        {
            IReadOnlyList<Diagnostic> errors = problem is null ? [] : [problem];
            if (errors.SequenceEqual(searchErrors))
            {
                return null;
            }
            searchErrors = errors;
            return Next(ReloadMessage.Rebuilt, all: true, []);
        }
    }

    /// <summary>The greeting for a page that has just connected.</summary>
    public ReloadMessage Hello() => new(ReloadMessage.Hello, Current.Build, All: false, []);

    private ReloadMessage Next(string type, bool all, IReadOnlyList<string> files)
    {
        Current = new Snapshot($"{session}-{++number}", [.. buildErrors, .. searchErrors], sources);
        return new ReloadMessage(type, Current.Build, all, all ? [] : files);
    }

    /// <param name="Build">The id pages are served with.</param>
    /// <param name="Errors">Errors that every page shows instead of itself; empty when the site is fine.</param>
    /// <param name="Sources">The lines the errors point at, shown under them.</param>
    internal sealed record Snapshot(string Build, IReadOnlyList<Diagnostic> Errors, SourceLines Sources);
}
