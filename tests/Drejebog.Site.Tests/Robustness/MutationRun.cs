namespace Drejebog.Site.Tests.Robustness;

/// <summary>One mutated build and what it left: the site copy it ran in, the entries beside the output, and the output's hashes.</summary>
public sealed record MutationRun(
    Mutation Mutation,
    BuildOutcome Outcome,
    string Root,
    IReadOnlyList<string> RootBefore,
    IReadOnlyList<string> RootAfter,
    IReadOnlyDictionary<string, string> OutputBefore,
    IReadOnlyDictionary<string, string> OutputAfter)
{
    public IReadOnlyList<PrintedDiagnostic> Diagnostics { get; } = PrintedDiagnostic.ParseAll(Outcome.Stderr + "\n" + Outcome.Stdout);
}
