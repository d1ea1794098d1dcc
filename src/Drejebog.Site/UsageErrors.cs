namespace Drejebog.Site.Cli;

/// <summary>
/// The messages for a command line that cannot be run (exit 2). They name what was typed and the
/// command; <see cref="CommandLine"/> adds the pointer to <c>--help</c>. No DS codes: these are not
/// problems in the content.
/// </summary>
internal static class UsageErrors
{
    public const string HelpPointer = "Skriv `drejebog --help` for at se kommandoerne og deres tilvalg.";

    public static string UnknownCommand(string name) => $"Ukendt kommando: {name}";

    public static string UnknownOption(string argument, Command command) =>
        $"Ukendt tilvalg til {CommandOptions.Name(command)}: {argument}";

    public static string UnusedOption(string argument, CommandOption option, Command command) =>
        $"{CommandOptions.Name(command)} bruger ikke tilvalget {argument}; det hører til {string.Join(" og ", option.Commands.Select(CommandOptions.Name))}";

    public static string RepeatedOption(CommandOption option, Command command) =>
        $"Tilvalget {option.Names} er givet mere end én gang til {CommandOptions.Name(command)}; giv det kun én gang";

    public static string MissingValue(string argument, CommandOption option) =>
        $"Tilvalget {argument} mangler en værdi: skriv {argument} {option.Value}";

    public static string InvalidPort(string value) =>
        $"-p (--port) skal være et portnummer fra 0 til 65535, ikke `{value}`";

    public static string InvalidFormat(string value) =>
        $"--format skal være text eller github, ikke `{value}`";

    public static string InvalidBaseUrl(string value) =>
        $"--base-url skal være en hel adresse med https:// eller http://, fx https://deploy-preview-1--drejebog.netlify.app, ikke `{value}`";
}
