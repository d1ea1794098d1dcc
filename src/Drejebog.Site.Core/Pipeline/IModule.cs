namespace Drejebog.Site.Pipeline;

/// <summary>One single-purpose step of a pipeline: takes documents, returns documents.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context);
}
