using System.Reflection;

namespace Drejebog.Site.Cli;

/// <summary>
/// <c>drejebog</c>'s arguments to a command. Everything it needs from the process comes in as
/// parameters: the folder it was started in and the console's writers; tests pass their own.
/// </summary>
internal static class CommandLine
{
    public static ExitCode Run(IReadOnlyList<string> args, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(HelpText.Text);
            return ExitCode.Ok;
        }
        if (args[0] is "--version")
        {
            stdout.WriteLine(Assembly.GetExecutingAssembly().GetName().Version);
            return ExitCode.Ok;
        }
        if (CommandOptions.Named(args[0]) is not { } command)
        {
            return Usage(UsageErrors.UnknownCommand(args[0]), stderr);
        }
        var (options, error) = BuildOptions.Parse(command, args.Skip(1).ToList(), workingDirectory);
        if (options is null)
        {
            return Usage(error!, stderr);
        }
        if (command == Command.Preview)
        {
            using var stop = new StopSignal();
            return PreviewCommand.Run(options, stdout, stderr, stop.Token);
        }
        return BuildCommand.Run(options, write: command == Command.Build, stdout, stderr);
    }

    // Errors go to stderr and never print the help text, only where to find it.
    private static ExitCode Usage(string error, TextWriter stderr)
    {
        stderr.WriteLine($"{error.TrimEnd('.')}. {UsageErrors.HelpPointer}");
        return ExitCode.Usage;
    }
}
