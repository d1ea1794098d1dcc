using Drejebog.Site.Output;

namespace Drejebog.Site.Cli;

/// <summary>How a problem with the output folder is printed, and the exit code it means.</summary>
internal static class OutputReport
{
    /// <summary>Prints <paramref name="problem"/> on stderr, saying which output is in place; returns the exit code for it.</summary>
    public static ExitCode Print(OutputProblem problem, TextWriter stderr)
    {
        stderr.WriteLine($"{(problem.IsWarning ? "advarsel" : "fejl")} {problem.Code.Code}: {problem.Message}");
        if (problem.State is OutputState.Unchanged or OutputState.Refused)
        {
            stderr.WriteLine(problem.State == OutputState.Refused ? "Intet er skrevet eller slettet." : RunSummary.OutputUnchanged);
        }
        return problem.State switch
        {
            OutputState.Refused => ExitCode.Usage,
            OutputState.ReplacedWithLeftover => ExitCode.Ok,
            _ => ExitCode.ToolFailure,
        };
    }
}
