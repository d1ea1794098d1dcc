namespace Drejebog.Site.Pipeline;

/// <summary>How long one pipeline took, for the build summary and the benchmark.</summary>
public sealed record PipelineTiming(string Name, TimeSpan Elapsed);
