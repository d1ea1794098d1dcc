using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Cli;

public sealed class HelpTextTests
{
    [Fact]
    public void Help_output_matches_the_snapshot() => Snapshot.Match("help.txt", CliRunner.Run("--help").Stdout);
}
