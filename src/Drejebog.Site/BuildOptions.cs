using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Cli;

/// <summary>
/// Options shared by <c>build</c> and <c>check</c>; folders default to Statiq's <c>input/</c>, <c>theme/</c>
/// and <c>output/</c>. <c>BaseUrl</c> is the address to build for instead of <c>base_url</c> in
/// <c>site.yml</c> (<c>--base-url</c>), or null.
/// </summary>
internal sealed record BuildOptions(
    string Input, string Theme, string Output, bool Search, bool Quiet, bool Stats = false, int Port = BuildOptions.DefaultPort,
    DiagnosticFormat Format = DiagnosticFormat.Text, string? BaseUrl = null)
{
    public const int DefaultPort = 5080;

    /// <summary>The folder <c>build</c> writes unless told otherwise; netlify.toml publishes it.</summary>
    public const string DefaultOutput = "output";

    public static (BuildOptions? Options, string? Error) Parse(IReadOnlyList<string> args, string workingDirectory)
    {
        var input = Path.Combine(workingDirectory, "input");
        var theme = Path.Combine(workingDirectory, "theme");
        var output = Path.Combine(workingDirectory, DefaultOutput);
        var search = true;
        var quiet = false;
        var stats = false;
        var port = DefaultPort;
        var format = DiagnosticFormat.Text;
        string? baseUrl = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-i" or "--input" when i + 1 < args.Count:
                    input = Path.GetFullPath(args[++i], workingDirectory);
                    break;
                case "-t" or "--theme" when i + 1 < args.Count:
                    theme = Path.GetFullPath(args[++i], workingDirectory);
                    break;
                case "-o" or "--output" when i + 1 < args.Count:
                    // An unset variable (`-o "$OUT"`, `-o $OUT -q`) must not fall back to some folder.
                    var folder = args[++i];
                    if (string.IsNullOrWhiteSpace(folder))
                    {
                        return (null, $"fejl {ErrorCodes.OutputPathEmpty.Code}: {ErrorCodes.OutputPathEmpty.Format()}");
                    }
                    if (folder.StartsWith('-'))
                    {
                        return (null, $"fejl {ErrorCodes.OutputLooksLikeOption.Code}: {ErrorCodes.OutputLooksLikeOption.Format(folder)}");
                    }
                    output = Path.GetFullPath(folder, workingDirectory);
                    break;
                case "--no-search":
                    search = false;
                    break;
                case "-q" or "--quiet":
                    quiet = true;
                    break;
                case "--stats":
                    stats = true;
                    break;
                case "-p" or "--port" when i + 1 < args.Count && int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 65535:
                    port = number;
                    i++;
                    break;
                case "--format" when i + 1 < args.Count && args[i + 1] is "text" or "github":
                    format = args[++i] == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;
                    break;
                case "--base-url" when i + 1 < args.Count:
                    baseUrl = args[++i];
                    if (!IsSiteAddress(baseUrl))
                    {
                        return (null, $"--base-url skal være en hel adresse med https:// eller http://, fx https://deploy-preview-1--drejebog.netlify.app, ikke `{baseUrl}`");
                    }
                    break;
                default:
                    return (null, $"Ukendt eller ufuldstændigt argument: {args[i]}");
            }
        }
        return (new BuildOptions(input, theme, output, search, quiet, stats, port, format, baseUrl), null);
    }

    // An empty value (an unset $DEPLOY_PRIME_URL) or a path must fail loudly, not build a broken site.
    private static bool IsSiteAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Length > 0
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
