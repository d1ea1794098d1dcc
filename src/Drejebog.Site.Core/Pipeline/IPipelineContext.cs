namespace Drejebog.Site.Pipeline;

/// <summary>What the pipeline machinery needs from the build it runs in.</summary>
public interface IPipelineContext<TDocument>
{
    IBuildProgress Progress { get; }

    /// <summary>How long each pipeline took, in the order they ran.</summary>
    ICollection<PipelineTiming> Timings { get; }

    /// <summary>Whether an exception a module throws on one document ends the whole build (the disk is full) instead of failing that document.</summary>
    bool EndsBuild(Exception exception);

    /// <summary>
    /// A module threw on one document: the document as the build goes on with it (reported and
    /// failed), so the other documents are still built and reported.
    /// </summary>
    TDocument ModuleFailed(TDocument document, string moduleName, Exception exception);
}
