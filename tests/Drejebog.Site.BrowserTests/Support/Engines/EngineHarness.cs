using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;

namespace Drejebog.Site.BrowserTests.Support.Engines;

/// <summary>
/// What the engine tests add to the served site, the same way for every engine (WebDriver classic
/// has no init scripts and no console log, so the browsers' own means cannot be used): every page
/// gets <c>&lt;script src="/__engines/harness.js"&gt;</c> first in its head, a classic script and so
/// run before the page's modules and allowed by the CSP (<c>'self'</c>). It reports console errors,
/// uncaught errors, failed loads and CSP violations back to the server, records downloads instead
/// of saving them, and then runs the current test's own init script.
/// </summary>
internal sealed class EngineHarness : IServerHook
{
    private const string Prefix = "/__engines/";
    public const string AxePath = Prefix + "axe.js";
    private const string ScriptPath = Prefix + "harness.js";
    private const string ProblemPath = Prefix + "problem";
    private static readonly byte[] Head = "<head>"u8.ToArray();
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<head>\n  <script src=\"{ScriptPath}\"></script>");
    private static readonly Lazy<byte[]> AxeSource = new(() => Encoding.UTF8.GetBytes(new BundledAxeScriptProvider().GetScript()));

    // A synchronous request, so a problem is on the server before the page goes on (or away).
    private const string Reporter = """
        (() => {
          const report = (text) => {
            try {
              const request = new XMLHttpRequest();
              request.open('GET', '/__engines/problem?' + encodeURIComponent(`${text} (on ${location.pathname}${location.search})`), false);
              request.send();
            } catch { /* the page is going away */ }
          };
          document.addEventListener('securitypolicyviolation', (e) => {
            report(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
          });
          window.addEventListener('error', (e) => {
            if (e.target && e.target !== window) report(`failed to load ${e.target.src || e.target.href || e.target.outerHTML}`);
            else report(`uncaught error: ${e.message} at ${e.filename}:${e.lineno}`);
          }, true);
          window.addEventListener('unhandledrejection', (e) => report(`unhandled rejection: ${e.reason}`));
          const error = console.error;
          console.error = function (...args) { report(`console error: ${args.join(' ')}`); return error.apply(this, args); };
          // Downloads (an <a download> clicked by a script) are kept here, not saved.
          window.__downloads = [];
          const objects = new Map();
          const createObjectURL = URL.createObjectURL;
          URL.createObjectURL = function (object) { const url = createObjectURL.call(this, object); objects.set(url, object); return url; };
          const click = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function () {
            if (this.hasAttribute('download') && objects.has(this.href)) {
              window.__downloads.push({ name: this.download, blob: objects.get(this.href) });
              return;
            }
            return click.call(this);
          };
        })();

        """;

    private readonly ConcurrentQueue<string> problems = new();
    private volatile string initScript = "";

    /// <summary>The problems pages reported since <see cref="Reset"/>.</summary>
    public IReadOnlyList<string> Problems => [.. problems];

    /// <summary>Clears the problems and sets the script every page runs next (before its own).</summary>
    public void Reset(string script = "")
    {
        problems.Clear();
        initScript = script;
    }

    public bool TryAnswer(string target, out string contentType, out byte[] body)
    {
        contentType = "text/javascript; charset=utf-8";
        body = [];
        var split = target.IndexOf('?', StringComparison.Ordinal);
        var path = split < 0 ? target : target[..split];
        switch (path)
        {
            case ScriptPath:
                body = Encoding.UTF8.GetBytes(Reporter + initScript);
                return true;
            case AxePath:
                body = AxeSource.Value;
                return true;
            case ProblemPath:
                problems.Enqueue(Uri.UnescapeDataString(split < 0 ? "" : target[(split + 1)..]));
                contentType = "text/plain; charset=utf-8";
                return true;
            default:
                return false;
        }
    }

    public byte[] ChangePage(byte[] html)
    {
        var at = html.AsSpan().IndexOf(Head);
        return at < 0 ? html : [.. html.AsSpan(0, at), .. ScriptTag, .. html.AsSpan(at + Head.Length)];
    }
}
