using System.Reflection;
using Drejebog.Site.Cli;

return (int)Run(args, Console.Out, Console.Error);

static ExitCode Run(string[] args, TextWriter stdout, TextWriter stderr)
{
    if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
    {
        stdout.WriteLine(HelpText.Text);
        return ExitCode.Ok;
    }
    if (args[0] is "--version")
    {
        stdout.WriteLine(Assembly.GetExecutingAssembly().GetName().Version);
        return ExitCode.Ok;
    }
    if (args[0] is not ("build" or "check" or "preview"))
    {
        stderr.WriteLine($"Ukendt kommando: {args[0]}. Skriv `drejebog --help` for at se kommandoerne.");
        return ExitCode.Usage;
    }

    var (options, error) = BuildOptions.Parse(args[1..], Directory.GetCurrentDirectory());
    if (options is null)
    {
        stderr.WriteLine($"{error?.TrimEnd('.')}. Skriv `drejebog --help` for at se tilvalgene.");
        return ExitCode.Usage;
    }
    if (args[0] == "preview")
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;
            stop.Cancel();
        };
        // `kill` (and a benchmark or test that started the preview) stops it as gracefully as Ctrl+C.
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        return PreviewCommand.Run(options, stdout, stderr, stop.Token);
    }
    return BuildCommand.Run(options, write: args[0] == "build", stdout, stderr);
}
