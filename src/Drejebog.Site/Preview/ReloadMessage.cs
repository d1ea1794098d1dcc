using System.Text.Json.Nodes;
using Drejebog.Site.Json;

namespace Drejebog.Site.Cli.Preview;

/// <summary>
/// What the preview tells its open pages (as JSON over the reload socket): the build they should
/// show, and which output files changed since the last one, so only the pages that changed reload.
/// </summary>
/// <param name="Type"><c>hello</c> when a page connects, <c>build</c> after every rebuild.</param>
/// <param name="Build">The build id; a page served with another id is out of date.</param>
/// <param name="All">Every page reloads: a stylesheet or script changed, a file came or went, or errors began, changed or ended.</param>
/// <param name="Files">The pages that changed, as paths in the output folder (<c>milepaele/x/index.html</c>).</param>
internal sealed record ReloadMessage(string Type, string Build, bool All, IReadOnlyList<string> Files)
{
    public const string Hello = "hello";
    public const string Rebuilt = "build";

    public string ToJson() => new JsonObject
    {
        ["type"] = Type,
        ["build"] = Build,
        ["all"] = All,
        ["files"] = JsonData.Strings(Files),
    }.ToJsonString();
}
