using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Tests.Architecture;

/// <summary>
/// The pipeline core (<c>Drejebog.Site.Pipeline</c>) depends on nothing of ours: only the base
/// class library. Everything about this site (documents, templates, assets, diagnostics) sits above it.
/// </summary>
public sealed class PipelineDependencyTests
{
    private const string Core = "Drejebog.Site.Pipeline";

    /// <summary>Every namespace of ours but the core itself.</summary>
    private static bool OursAboveTheCore(string ns) =>
        NamespaceReferences.InNamespace(ns, "Drejebog.Site") && !NamespaceReferences.InNamespace(ns, Core);

    [Fact]
    public void The_pipeline_core_references_no_other_namespace_of_ours()
    {
        var result = NamespaceReferences.Check(typeof(IModule<,>).Assembly.Location, Core, OursAboveTheCore);

        Assert.Empty(result.Violations.Select(v => $"{v.From} ({v.Where}) → {v.To}"));
        // The check looked at the core, compiler-made closures included, not at nothing.
        Assert.True(result.InspectedTypes.Count(t => !t.Contains('/', StringComparison.Ordinal)) >= 12, string.Join(", ", result.InspectedTypes));
        Assert.Contains(result.InspectedTypes, t => t.StartsWith(Core + ".ForEachDocument`2/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(Samples.BaseTypeSample), "base type")]
    [InlineData(nameof(Samples.InterfaceSample), "interface")]
    [InlineData(nameof(Samples.FieldSample), "document")]
    [InlineData(nameof(Samples.PropertySample), "Files")]
    [InlineData(nameof(Samples.SignatureSample), "Count")]
    [InlineData(nameof(Samples.StaticFieldSample), "Read")]
    [InlineData(nameof(Samples.LambdaSample), "<Make>b__0_0")]
    [InlineData(nameof(Samples.AsyncSample), "MoveNext")]
    public void The_checker_finds_each_kind_of_reference(string sample, string where)
    {
        var result = NamespaceReferences.Check(typeof(PipelineDependencyTests).Assembly.Location, SamplesNamespace, ForbiddenForSamples);

        Assert.Contains(result.Violations, v => v.From.StartsWith($"{SamplesNamespace}.{sample}", StringComparison.Ordinal) && v.Where == where);
    }

    [Fact]
    public void The_checker_reports_nothing_for_a_type_that_uses_only_the_base_class_library()
    {
        var result = NamespaceReferences.Check(typeof(PipelineDependencyTests).Assembly.Location, SamplesNamespace, ForbiddenForSamples);

        Assert.Contains($"{SamplesNamespace}.{nameof(Samples.CleanSample)}", result.InspectedTypes);
        Assert.DoesNotContain(result.Violations, v => v.From.Contains(nameof(Samples.CleanSample), StringComparison.Ordinal));
    }

    private static readonly string SamplesNamespace = typeof(Samples.CleanSample).Namespace!;

    private static bool ForbiddenForSamples(string ns) => NamespaceReferences.InNamespace(ns, "Drejebog.Site.Build");
}
