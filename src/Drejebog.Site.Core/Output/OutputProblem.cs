using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>Something that went wrong with the output folder, and what state that left it in.</summary>
public sealed record OutputProblem(OutputState State, ErrorCode Code, string Message)
{
    /// <summary>The problem with <paramref name="code"/>'s message; exception messages among the arguments lose their final period, since the template has its own.</summary>
    public static OutputProblem Of(OutputState state, ErrorCode code, params object?[] args) =>
        new(state, code, code.Format([.. args.Select(arg => arg is string text ? text.TrimEnd('.') : arg)]));

    /// <summary>Only a warning: the new output is in place.</summary>
    public bool IsWarning => State == OutputState.ReplacedWithLeftover;
}

/// <summary>Where the output folder stands after an <see cref="OutputProblem"/>.</summary>
public enum OutputState
{
    /// <summary>Not allowed to write there; nothing was touched.</summary>
    Refused,

    /// <summary>The output folder is exactly as it was before the build.</summary>
    Unchanged,

    /// <summary>The new output is in place, but the previous one was left beside it.</summary>
    ReplacedWithLeftover,

    /// <summary>Neither output is at the target: both lie beside it, and the message says where.</summary>
    Displaced,
}

/// <summary>Thrown by the output writers with the <see cref="OutputProblem"/> to report.</summary>
public sealed class OutputFolderException(OutputProblem problem) : Exception(problem.Message)
{
    public OutputProblem Problem { get; } = problem;
}
