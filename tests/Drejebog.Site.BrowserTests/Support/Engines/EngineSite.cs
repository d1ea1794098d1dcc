namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// The real site, served with netlify.toml's headers and the <see cref="EngineHarness"/>, and one
/// engine to look at it: the class fixture of one engine's core-flow tests. When the engine is not
/// installed, starting it throws and every test of that engine fails with the reason.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class EngineSite : IAsyncLifetime
{
    private StaticSiteServer? server;
    private IEngine? engine;
    private bool built;

    internal EngineHarness Harness { get; } = new();

    internal IEngine Engine => engine ?? throw new InvalidOperationException("The engine did not start.");

    internal Uri BaseAddress => (server ?? throw new InvalidOperationException("The site is not served.")).BaseAddress;

    private protected abstract Task<IEngine> LaunchAsync();

    public async Task InitializeAsync()
    {
        try
        {
            var launching = LaunchAsync();
            try
            {
                var output = await SharedBuild.AcquireAsync();
                built = true;
                server = new StaticSiteServer(output, NetlifyHeaders.For, Harness);
            }
            finally
            {
                engine = await launching;
            }
        }
        catch
        {
            // xunit does not dispose a fixture that failed to start; every test then fails with this error.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
            engine = null;
        }
        if (server is not null)
        {
            await server.DisposeAsync();
            server = null;
        }
        if (built)
        {
            built = false;
            await SharedBuild.ReleaseAsync();
        }
    }
}

public sealed class ChromiumSite : EngineSite
{
    private protected override Task<IEngine> LaunchAsync() => ChromiumEngine.LaunchAsync();
}

public sealed class FirefoxSite : EngineSite
{
    private protected override Task<IEngine> LaunchAsync() => FirefoxEngine.LaunchAsync();
}

/// <param name="diagnostics">xunit's diagnostic messages (on in xunit.runner.json), shown in the test run's output.</param>
public sealed class WebKitSite(Xunit.Abstractions.IMessageSink diagnostics) : EngineSite
{
    private protected override Task<IEngine> LaunchAsync() =>
        WebKitEngine.LaunchAsync(text => diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(text)));
}
