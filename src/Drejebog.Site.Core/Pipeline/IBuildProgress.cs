namespace Drejebog.Site.Pipeline;

/// <summary>Receives progress as pipelines start and finish (the console shows it; tests ignore it).</summary>
public interface IBuildProgress
{
    void PipelineStarted(string name);

    void PipelineFinished(string name, int documents, TimeSpan elapsed);

    static IBuildProgress None { get; } = new NoProgress();

    private sealed class NoProgress : IBuildProgress
    {
        public void PipelineStarted(string name) { }

        public void PipelineFinished(string name, int documents, TimeSpan elapsed) { }
    }
}
