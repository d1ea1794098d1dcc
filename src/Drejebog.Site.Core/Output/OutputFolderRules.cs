using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Output;

/// <summary>
/// Where <c>build</c> and <c>preview</c> may write: a build replaces its whole output folder, so the
/// folder must be one the tool owns. Checked before anything is touched; every path is compared
/// with symbolic links resolved.
/// </summary>
public static class OutputFolderRules
{
    /// <summary>The refusal for writing <paramref name="output"/>, or null when it may be (re)placed.</summary>
    /// <param name="output">The output folder as given (absolute); named so in the message.</param>
    /// <param name="input">The input folder: the output may neither be, contain nor lie inside it.</param>
    /// <param name="theme">The theme folder, likewise.</param>
    /// <param name="workingDirectory">The current folder: the output may neither be nor contain it.</param>
    public static OutputProblem? Check(string output, string input, string theme, string workingDirectory)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return OutputProblem.Of(OutputState.Refused, ErrorCodes.OutputPathEmpty);
        }
        var target = FolderPaths.Resolve(output);
        if (FolderPaths.IsSameOrInside(FolderPaths.Resolve(workingDirectory), target))
        {
            return OutputProblem.Of(OutputState.Refused, ErrorCodes.OutputIsWorkingFolder, output);
        }
        foreach (var (folder, name) in new[] { (input, "input-mappen"), (theme, "temaet") })
        {
            var source = FolderPaths.Resolve(folder);
            if (FolderPaths.IsSameOrInside(source, target))
            {
                return OutputProblem.Of(OutputState.Refused, ErrorCodes.OutputContainsSources, output, folder, name);
            }
            if (FolderPaths.IsSameOrInside(target, source))
            {
                return OutputProblem.Of(OutputState.Refused, ErrorCodes.OutputInsideSources, output, folder, name);
            }
        }
        return OutputMarker.MayReplace(target) ? null : NotOurs(output);
    }

    public static OutputProblem NotOurs(string output) =>
        OutputProblem.Of(OutputState.Refused, ErrorCodes.OutputNotOurs, output, OutputMarker.FileName);
}
