namespace Drejebog.Site.BrowserTests.Support;

/// <summary>
/// What a test adds to <see cref="StaticSiteServer"/>: paths of its own (answered before the site's
/// files) and a change to every HTML page it serves. The engine tests use it to put their harness
/// script into each page the same way for every browser (see <c>Engines/EngineHarness.cs</c>).
/// </summary>
internal interface IServerHook
{
    /// <summary>Answers <paramref name="target"/> (path and query) itself, or returns false.</summary>
    bool TryAnswer(string target, out string contentType, out byte[] body);

    /// <summary>The page as it is sent, from the page as it was built.</summary>
    byte[] ChangePage(byte[] html);
}
