using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli;

/// <summary>What a run found, as its summary line counts it: errors, the files they are in, and warnings.</summary>
internal readonly record struct ProblemCount(int Errors, int Files, int Warnings)
{
    public static ProblemCount Of(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list.Where(d => d.Severity == Severity.Error).ToList();
        return new(
            errors.Count,
            // A problem outside any file (a tool that failed) is counted, but names no file.
            errors.Select(d => d.Path).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).Count(),
            list.Count - errors.Count);
    }
}
