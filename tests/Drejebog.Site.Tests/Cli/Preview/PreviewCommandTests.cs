using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using Drejebog.Site.Cli;
using Drejebog.Site.Cli.Preview;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli.Preview;

/// <summary>
/// <c>preview</c> end to end: build, serve, and on each save rebuild and tell the open pages;
/// errors are printed and served as the error page until they are fixed.
/// </summary>
public sealed partial class PreviewCommandTests : IDisposable
{
    private const string Plan = "input/milepaele/1-02-plan.md";
    private const string PlanPage = "milepaele/plan/index.html";
    private readonly TempFolder temp = new();
    private readonly ConsoleCapture stdout = new();
    private readonly ConsoleCapture stderr = new();
    private readonly CancellationTokenSource stop = new();

    public void Dispose()
    {
        stop.Dispose();
        temp.Dispose();
        stdout.Dispose();
        stderr.Dispose();
    }

    [Fact]
    public async Task A_save_reloads_the_page_an_error_shows_the_error_page_and_its_fix_the_page_again()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        var running = Start();
        var address = await Eventually.Get(() => Address().Match(stdout.ToString()) is { Success: true } m ? m.Value : null, "the preview's address");
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", address.TrimEnd('/'));
        await socket.ConnectAsync(new Uri(address.Replace("http", "ws", StringComparison.Ordinal) + "_preview/socket"), CancellationToken.None);
        await ReceiveAsync(socket, m => m.Contains("\"type\":\"hello\"", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        Edit(Plan, "Planen bygger på starten.", "Planen bygger på den nye start.");
        // The page and the whole playbook, which holds it.
        await ReceiveAsync(socket, m => m.Contains($"\"files\":[\"hele-drejebogen/index.html\",\"{PlanPage}\"]", StringComparison.Ordinal));
        Assert.Contains("Planen bygger på den nye start.", await client.GetStringAsync(new Uri("milepaele/plan/", UriKind.Relative)), StringComparison.Ordinal);

        Edit(Plan, "order: 2", "order: første");
        await ReceiveAsync(socket, m => m.Contains("\"all\":true", StringComparison.Ordinal));
        using (var broken = await client.GetAsync(new Uri("milepaele/plan/", UriKind.Relative)))
        {
            var body = await broken.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            Assert.Contains(ErrorPage.Title, body, StringComparison.Ordinal);
            Assert.Contains("1-02-plan.md:5:8", body, StringComparison.Ordinal);
            Assert.Contains(ErrorCodes.WrongType.Code, body, StringComparison.Ordinal);
        }
        // The pages are told first; the console line follows.
        await Eventually.Get(() => stderr.ToString().Contains($"1-02-plan.md:5:8: fejl {ErrorCodes.WrongType.Code}", StringComparison.Ordinal) ? "" : null, "the error on the console");

        Edit(Plan, "order: første", "order: 2");
        await ReceiveAsync(socket, m => m.Contains("\"all\":true", StringComparison.Ordinal));
        Assert.Contains("Planen bygger på den nye start.", await client.GetStringAsync(new Uri("milepaele/plan/", UriKind.Relative)), StringComparison.Ordinal);

        await stop.CancelAsync();
        Assert.Equal(ExitCode.Ok, await running);
        Assert.Matches(RebuildLine(), stdout.ToString());
    }

    [Fact]
    public async Task A_port_in_use_is_reported_with_a_way_out()
    {
        TestSite.Minimal().WriteTo(temp.Path);
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var exitCode = await Start(port);

            Assert.Equal(ExitCode.Usage, exitCode);
            Assert.Contains($"Porten {port} kan ikke bruges", stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("-p 0", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    private Task<ExitCode> Start(int port = 0)
    {
        var options = new BuildOptions(temp.Path, temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), Search: false, Quiet: true, Port: port);
        return Task.Run(() => PreviewCommand.Run(options, stdout, stderr, stop.Token));
    }

    private void Edit(string relativePath, string old, string replacement)
    {
        var path = temp.Combine(relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Reads messages until one matches; fails after ten seconds.</summary>
    private static async Task<string> ReceiveAsync(ClientWebSocket socket, Func<string, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var seen = new List<string>();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                var message = Encoding.UTF8.GetString(buffer, 0, received.Count);
                seen.Add(message);
                if (wanted(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No such message; got:\n" + string.Join('\n', seen));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();

    [GeneratedRegex(@"Bygget igen på \d+ ms – 2 sider ændret \(læs \d+ ms, byg \d+ ms, skriv \d+ ms\)")]
    private static partial Regex RebuildLine();
}
