using System.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Deploy;

/// <summary>
/// <c>.ci/netlify-build</c>, run by bash as Netlify runs it, on a machine without .NET: a copy of
/// the script in a temp folder, a PATH with only the basic tools, and stand-ins for the official
/// install script and for <c>dotnet</c> that record how they were called. (The real install script
/// downloads the SDK, which tests cannot; the README says how the script was tried for real.)
/// </summary>
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, ".ci", "netlify-build");
    private static readonly string[] Tools = ["bash", "curl", "mktemp", "dirname", "rm", "mkdir", "cat", "chmod"];
    private static readonly string[] ToolFolders = ["/usr/bin", "/bin", "/usr/local/bin"];

    private readonly TempFolder temp = new();
    private readonly string home;
    private readonly string tools;
    private readonly string log;

    public NetlifyBuildScriptTests()
    {
        home = temp.Combine("home");
        tools = temp.Combine("tools");
        log = temp.Combine("calls.log");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(tools);
        foreach (var tool in Tools)
        {
            File.CreateSymbolicLink(Path.Combine(tools, tool), Which(tool));
        }
        temp.Write("repo/.ci/netlify-build", File.ReadAllText(Script));
        temp.Write("repo/global.json", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "global.json")));
    }

    [Fact]
    public void The_script_is_valid_bash()
    {
        var (exitCode, output) = Run("bash", ["-n", Script], Environment.GetEnvironmentVariable("PATH")!);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Without_dotnet_it_installs_the_pinned_sdk_then_restores_and_builds_in_release_with_the_arguments()
    {
        var (exitCode, output) = RunScript(InstallStub(works: true), "--base-url", "https://deploy-preview-7--drejebog.netlify.app");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
        [
            $"install --jsonfile global.json --install-dir {home}/.dotnet --no-path",
            "dotnet restore src/Drejebog.Site/Drejebog.Site.csproj",
            "dotnet run --project src/Drejebog.Site/Drejebog.Site.csproj -c Release --no-restore -- build --base-url https://deploy-preview-7--drejebog.netlify.app",
        ], Calls().Where(c => c != "dotnet --version"));
        Assert.Contains("using .NET SDK 10.0.400", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dotnet_on_path_with_a_fitting_sdk_is_used_as_it_is()
    {
        WriteDotnet(Path.Combine(tools, "dotnet"), versionExit: 0);

        var (exitCode, output) = RunScript(InstallStub(works: true));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(Calls(), c => c.StartsWith("install", StringComparison.Ordinal));
        Assert.Contains("dotnet run --project src/Drejebog.Site/Drejebog.Site.csproj -c Release --no-restore -- build", Calls());
    }

    [Fact]
    public void A_dotnet_on_path_without_a_fitting_sdk_gets_the_pinned_one_installed_beside_it()
    {
        // `dotnet --version` fails in a folder whose global.json no installed SDK satisfies.
        WriteDotnet(Path.Combine(tools, "dotnet"), versionExit: 1);

        var (exitCode, output) = RunScript(InstallStub(works: true));

        Assert.True(exitCode == 0, output);
        Assert.Contains($"install --jsonfile global.json --install-dir {home}/.dotnet --no-path", Calls());
    }

    [Fact]
    public void A_failed_install_stops_the_build_with_its_exit_code()
    {
        var (exitCode, _) = RunScript(InstallStub(works: false));

        Assert.Equal(7, exitCode);
        Assert.DoesNotContain(Calls(), c => c.StartsWith("dotnet restore", StringComparison.Ordinal) || c.StartsWith("dotnet run", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreachable_install_script_stops_the_build()
    {
        var (exitCode, output) = RunScript("file://" + temp.Combine("findes-ikke.sh"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("curl", output, StringComparison.Ordinal);
        Assert.Empty(Calls());
    }

    [Fact]
    public void A_failed_site_build_fails_the_script()
    {
        var (exitCode, _) = RunScript(InstallStub(works: true, runExit: 1));

        Assert.Equal(1, exitCode);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>A stand-in for dotnet-install.sh that logs its arguments and puts a fake dotnet into --install-dir.</summary>
    private string InstallStub(bool works, int runExit = 0)
    {
        var dotnet = temp.Combine("fake-dotnet");
        WriteDotnet(dotnet, versionExit: 0, runExit);
        var stub = temp.Write("install-stub.sh", $$"""
            #!/usr/bin/env bash
            echo "install $*" >> "{{log}}"
            {{(works ? "" : "exit 7")}}
            while [ $# -gt 0 ]; do
              case "$1" in --install-dir) dir="$2"; shift 2 ;; *) shift ;; esac
            done
            mkdir -p "$dir"
            cat "{{dotnet}}" > "$dir/dotnet"
            chmod +x "$dir/dotnet"
            """);
        return "file://" + stub;
    }

    private void WriteDotnet(string path, int versionExit, int runExit = 0)
    {
        File.WriteAllText(path, $$"""
            #!/usr/bin/env bash
            echo "dotnet $*" >> "{{log}}"
            case "$1" in
              --version) echo 10.0.400; exit {{versionExit}} ;;
              run) exit {{runExit}} ;;
            esac
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string[] Calls() => File.Exists(log) ? File.ReadAllLines(log) : [];

    private (int ExitCode, string Output) RunScript(string installScriptUrl, params string[] args) =>
        Run("bash", [temp.Combine("repo", ".ci", "netlify-build"), .. args], tools, new()
        {
            ["HOME"] = home,
            ["DOTNET_INSTALL_SCRIPT_URL"] = installScriptUrl,
        });

    private static (int ExitCode, string Output) Run(string program, string[] args, string path, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Which(program)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Only what Netlify's image would give: no DOTNET_ROOT, no dotnet on PATH.
        start.Environment.Clear();
        start.Environment["PATH"] = path;
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string Which(string tool) => ToolFolders.Select(folder => Path.Combine(folder, tool)).First(File.Exists);
}
