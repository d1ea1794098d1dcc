using Drejebog.Site.Build;
using Drejebog.Site.Modules;
using Drejebog.Site.Pipeline;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Pipeline;

/// <summary>Modules declare what they need and produce; the runner checks the order when it is made, and a module gets nothing it did not declare.</summary>
public sealed class PipelineRunnerTests
{
    [Fact]
    public void The_site_pipelines_fit_together()
    {
        var runner = SiteBuilder.CreatePipelines();

        Assert.Contains(runner.Pipelines.SelectMany(p => p.Modules), m => m.Needs.Count > 0);
    }

    [Fact]
    public void A_module_moved_before_the_module_that_produces_what_it_needs_is_refused_naming_both()
    {
        var pipelines = SiteBuilder.CreatePipelines().Pipelines
            .Select(p => p.Name == "Model" ? new NamedPipeline<Document, BuildContext>(p.Name, [.. p.Modules.OrderBy(m => m is BuildContentGraph)]) : p)
            .ToList();

        var error = Assert.Throws<DataFlowException>(() => new PipelineRunner<Document, BuildContext>(pipelines));

        Assert.Contains($"'{nameof(ValidateContentGraph)}' (pipeline Model) needs '{SiteProducts.Graph.Name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{nameof(BuildContentGraph)}' (pipeline Model) produces only after it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_need_that_no_module_produces_is_refused()
    {
        var error = Assert.Throws<DataFlowException>(() => Runner(new ValidateContentGraph()));

        Assert.Contains($"'{nameof(ValidateContentGraph)}' (pipeline Test) needs '{SiteProducts.Graph.Name}', which no module produces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_product_made_by_two_modules_is_refused()
    {
        var error = Assert.Throws<DataFlowException>(() => Runner(new BuildContentGraph(), new BuildContentGraph()));

        Assert.Contains($"produces '{SiteProducts.Graph.Name}', which '{nameof(BuildContentGraph)}' (pipeline Test) produces already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_to_a_list_after_a_module_has_read_it_is_refused()
    {
        var error = Assert.Throws<DataFlowException>(() => Runner(new ReadSiteSettings(), new AddSitemap(), new CheckOutputPaths(), new AddsGeneratedFile()));

        Assert.Equal(
            $"Module '{nameof(AddsGeneratedFile)}' (pipeline Test) adds to '{SiteProducts.GeneratedFiles.Name}' after '{nameof(CheckOutputPaths)}' (pipeline Test) has read it.",
            error.Message);
    }

    [Fact]
    public void Reading_a_product_the_module_did_not_declare_fails_loudly()
    {
        var runner = Runner(new BuildContentGraph(), new ReadsGraphUndeclared());

        var error = Assert.Throws<DataFlowException>(() => runner.Run([], Context()));

        Assert.Equal($"Module '{nameof(ReadsGraphUndeclared)}' reads '{SiteProducts.Graph.Name}' but does not declare it in Needs.", error.Message);
    }

    [Fact]
    public void Producing_a_product_the_module_did_not_declare_fails_loudly()
    {
        var error = Assert.Throws<DataFlowException>(() => Runner(new ProducesUndeclared()).Run([], Context()));

        Assert.Equal($"Module '{nameof(ProducesUndeclared)}' produces '{SiteProducts.Redirects.Name}' but does not declare it in Produces.", error.Message);
    }

    [Fact]
    public void A_module_in_a_per_document_pass_gets_only_its_own_needs_not_those_of_the_others_in_the_pass()
    {
        var pass = new ForEachDocument<Document, BuildContext>(new NeedsGraph(), new ReadsGraphInPrepare());
        var runner = Runner(new BuildContentGraph(), pass);

        var error = Assert.Throws<DataFlowException>(() => runner.Run([], Context()));

        Assert.Contains($"'{nameof(ReadsGraphInPrepare)}' reads '{SiteProducts.Graph.Name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Products_reach_the_modules_that_declare_them()
    {
        var (_, products) = Runner(new BuildContentGraph(), new NeedsGraph()).Run([], Context());

        Assert.Empty(products.Get(SiteProducts.Graph).Phases);
        Assert.Empty(products.Get(SiteProducts.StaticFiles));
    }

    private static PipelineRunner<Document, BuildContext> Runner(params IModule<Document, BuildContext>[] modules) =>
        new([new NamedPipeline<Document, BuildContext>("Test", modules)]);

    private static BuildContext Context() => new(TestSite.Minimal().ToSources(), IBuildProgress.None);

    private sealed class ReadsGraphUndeclared : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products) =>
            products.Get(SiteProducts.Graph).Phases.Count == 0 ? documents : [];
    }

    private sealed class ProducesUndeclared : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
        {
            products.Set(SiteProducts.Redirects, new Dictionary<string, string>());
            return documents;
        }
    }

    private sealed class AddsGeneratedFile : IModule
    {
        public IReadOnlyList<Product> Produces { get; } = [SiteProducts.GeneratedFiles];

        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products) => documents;
    }

    private sealed class NeedsGraph : DocumentModule
    {
        public override IReadOnlyList<Product> Needs { get; } = [SiteProducts.Graph];

        public override void Prepare(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products) =>
            Assert.NotNull(products.Get(SiteProducts.Graph));

        public override Document Apply(Document document, BuildContext context) => document;
    }

    private sealed class ReadsGraphInPrepare : DocumentModule
    {
        public override void Prepare(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products) =>
            Assert.NotNull(products.Get(SiteProducts.Graph));

        public override Document Apply(Document document, BuildContext context) => document;
    }
}
