using System.Globalization;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli;

/// <summary>
/// The options of <c>build</c>, <c>check</c> and <c>preview</c>, each set only by the commands that
/// use it (<see cref="CommandOptions"/>). Folders are resolved against <c>WorkingDirectory</c>, the
/// folder the program was started in, read once at the entry point; they default to Statiq's
/// <c>input/</c>, <c>theme/</c> and <c>output/</c>. <c>BaseUrl</c> is the address to build for
/// instead of <c>base_url</c> in <c>site.yml</c> (<c>--base-url</c>), or null. <c>Pdf</c> asks
/// <c>build</c> to print the whole playbook to a PDF (unless <c>--no-pdf</c>); other commands never do.
/// </summary>
internal sealed record BuildOptions(
    string WorkingDirectory, string Input, string Theme, string Output, bool Search, bool Quiet, bool Stats = false,
    int Port = BuildOptions.DefaultPort, DiagnosticFormat Format = DiagnosticFormat.Text, string? BaseUrl = null, bool Pdf = false)
{
    public const int DefaultPort = 5080;

    /// <summary>The folder <c>build</c> writes unless told otherwise; netlify.toml publishes it.</summary>
    public const string DefaultOutput = "output";

    /// <summary>The options of <paramref name="command"/>, or the usage error that stops it.</summary>
    public static (BuildOptions? Options, string? Error) Parse(Command command, IReadOnlyList<string> args, string workingDirectory)
    {
        var (given, error) = Collect(command, args);
        if (given is null)
        {
            return (null, error);
        }
        string? Value(CommandOption option) => given.GetValueOrDefault(option);

        var output = Path.Combine(workingDirectory, DefaultOutput);
        if (Value(CommandOptions.Output) is { } folder)
        {
            if (OutputArgumentError(folder) is { } refusal)
            {
                return (null, refusal);
            }
            output = Path.GetFullPath(folder, workingDirectory);
        }
        var port = DefaultPort;
        if (Value(CommandOptions.Port) is { } portText && !TryParsePort(portText, out port))
        {
            return (null, UsageErrors.InvalidPort(portText));
        }
        var format = Value(CommandOptions.Format) switch
        {
            null or "text" => DiagnosticFormat.Text,
            "github" => DiagnosticFormat.GitHub,
            _ => (DiagnosticFormat?)null,
        };
        if (format is null)
        {
            return (null, UsageErrors.InvalidFormat(Value(CommandOptions.Format)!));
        }
        var baseUrl = Value(CommandOptions.BaseUrl);
        if (baseUrl is not null && !IsSiteAddress(baseUrl))
        {
            return (null, UsageErrors.InvalidBaseUrl(baseUrl));
        }
        return (new BuildOptions(
            workingDirectory,
            Path.GetFullPath(Value(CommandOptions.Input) ?? "input", workingDirectory),
            Path.GetFullPath(Value(CommandOptions.Theme) ?? "theme", workingDirectory),
            output,
            Search: !given.ContainsKey(CommandOptions.NoSearch),
            Quiet: given.ContainsKey(CommandOptions.Quiet),
            Stats: given.ContainsKey(CommandOptions.Stats),
            port,
            format.Value,
            baseUrl,
            Pdf: command == Command.Build && !given.ContainsKey(CommandOptions.NoPdf)), null);
    }

    /// <summary>Each option given, with its value (null for a switch); unknown, unused, repeated and incomplete options are errors.</summary>
    private static (Dictionary<CommandOption, string?>? Given, string? Error) Collect(Command command, IReadOnlyList<string> args)
    {
        var given = new Dictionary<CommandOption, string?>();
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            var option = CommandOptions.Find(argument);
            if (option is null)
            {
                return (null, UsageErrors.UnknownOption(argument, command));
            }
            if (!option.Commands.Contains(command))
            {
                return (null, UsageErrors.UnusedOption(argument, option, command));
            }
            if (given.ContainsKey(option))
            {
                return (null, UsageErrors.RepeatedOption(option, command));
            }
            if (option.Value is not null && i + 1 >= args.Count)
            {
                return (null, UsageErrors.MissingValue(argument, option));
            }
            given[option] = option.Value is null ? null : args[++i];
        }
        return (given, null);
    }

    // An unset variable (`-o "$OUT"`, `-o $OUT -q`) must not fall back to some folder.
    private static string? OutputArgumentError(string folder) =>
        string.IsNullOrWhiteSpace(folder) ? $"fejl {ErrorCodes.OutputPathEmpty.Code}: {ErrorCodes.OutputPathEmpty.Format()}"
        : folder.StartsWith('-') ? $"fejl {ErrorCodes.OutputLooksLikeOption.Code}: {ErrorCodes.OutputLooksLikeOption.Format(folder)}"
        : null;

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 0 and <= 65535;

    // An empty value (an unset $DEPLOY_PRIME_URL) or a path must fail loudly, not build a broken site.
    private static bool IsSiteAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
