using System.Globalization;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Cli;

/// <summary>Prints one line per pipeline as it finishes.</summary>
internal sealed class ConsoleProgress(TextWriter writer, bool quiet) : IBuildProgress
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public void PipelineStarted(string name)
    {
    }

    public void PipelineFinished(string name, int documents, TimeSpan elapsed) =>
        Line(name, documents.ToString(Danish) + " dokumenter", elapsed);

    public void Line(string name, string what, TimeSpan elapsed)
    {
        if (!quiet)
        {
            writer.WriteLine($"  {name,-12} {what,-20} {Milliseconds(elapsed),8}");
        }
    }

    public static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString("0", Danish) + " ms";
}
