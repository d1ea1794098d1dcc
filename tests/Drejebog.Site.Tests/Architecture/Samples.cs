using Drejebog.Site.Build;

#pragma warning disable CA1812, CA1051, CS0649 // Read by the architecture checker, never run.

// Types that break the architecture rule on purpose, each in one way, so the tests can show the checker sees it.
namespace Drejebog.Site.Tests.Architecture.Samples;

internal sealed class BaseTypeSample : DocumentModule
{
    public override Document Apply(Document document, BuildContext context) => document;
}

internal sealed class InterfaceSample : IPageSink
{
    public void Write(string outputPath, string html)
    {
    }
}

internal sealed class FieldSample
{
    public Document? document;
}

internal sealed class PropertySample
{
    public List<StaticFile> Files { get; } = [];
}

internal sealed class SignatureSample
{
    public static int Count(IReadOnlyList<Document> documents) => documents.Count;
}

internal sealed class StaticFieldSample
{
    public static string Read() => SiteProducts.Graph.Name;
}

internal sealed class LambdaSample
{
    public static Func<int, string> Make() => i => new SourceFile("a.md", []).RelativePath + i;
}

internal sealed class AsyncSample
{
    public static async Task<string> Run()
    {
        await Task.Yield();
        return new SourceFile("a.md", []).RelativePath;
    }
}

internal sealed class CleanSample
{
    public static Func<int, string> Make() => i => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
