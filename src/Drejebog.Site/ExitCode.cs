namespace Drejebog.Site.Cli;

/// <summary>What the program's exit code means.</summary>
internal enum ExitCode
{
    Ok = 0,
    ContentErrors = 1,
    Usage = 2,
    ToolFailure = 3,
}
