using System.Collections.Concurrent;

namespace Drejebog.Site.Diagnostics;

/// <summary>Collects diagnostics from modules that may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Error(string path, SourcePosition position, ErrorCode code, params object?[] args) =>
        Add(new Diagnostic(path, position.Line, position.Column, Severity.Error, code.Code, code.Format(args)));

    public void Warning(string path, SourcePosition position, ErrorCode code, params object?[] args) =>
        Add(new Diagnostic(path, position.Line, position.Column, Severity.Warning, code.Code, code.Format(args)));

    /// <summary>All diagnostics, sorted by file and position so the report reads top to bottom.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
