using Drejebog.Site.Cli.Preview;

namespace Drejebog.Site.Tests.Cli.Preview;

public sealed class ReloadMessageTests
{
    [Fact]
    public void Message_is_the_json_the_reload_script_reads()
    {
        var message = new ReloadMessage(ReloadMessage.Rebuilt, "b7", All: false, ["milepaele/x/index.html", "ø/index.html"]);

        Assert.Equal("""{"type":"build","build":"b7","all":false,"files":["milepaele/x/index.html","\u00F8/index.html"]}""", message.ToJson());
    }
}
