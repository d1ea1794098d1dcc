using Drejebog.Site.Cli;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Tests.Cli;

/// <summary><c>--format github</c>: diagnostics as GitHub Actions workflow commands, escaped as GitHub reads them.</summary>
public sealed class GitHubAnnotationTests
{
    private const string Repository = "/home/runner/work/drejebog-site/drejebog-site";

    [Fact]
    public void An_error_becomes_an_error_command_with_file_line_column_and_code()
    {
        var diagnostic = new Diagnostic("input/milepaele/1-02-plan.md", 14, 11, Severity.Error, "DS021", "Ukendt rolle `programleer`.");

        var line = GitHubAnnotation.Format(diagnostic, Repository, Repository);

        Assert.Equal("::error file=input/milepaele/1-02-plan.md,line=14,col=11,title=DS021::Ukendt rolle `programleer`.", line);
    }

    [Fact]
    public void A_warning_becomes_a_warning_command()
    {
        var diagnostic = new Diagnostic("input/om.md", 5, 4, Severity.Warning, "DS035", "Linket peger på den gamle adresse /a/.");

        Assert.StartsWith("::warning file=input/om.md,line=5,col=4,title=DS035::", GitHubAnnotation.Format(diagnostic, Repository, Repository), StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_escapes_percent_and_line_breaks_and_keeps_colons_and_commas()
    {
        var diagnostic = new Diagnostic("input/om.md", 1, 1, Severity.Error, "DS004", "Ugyldig YAML: 100% forkert,\r\nnæste linje: x");

        var line = GitHubAnnotation.Format(diagnostic, Repository, Repository);

        Assert.EndsWith("::Ugyldig YAML: 100%25 forkert,%0D%0Anæste linje: x", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_also_escape_colons_and_commas()
    {
        var diagnostic = new Diagnostic("input/bilag/a,b:c%.md", 2, 3, Severity.Error, "DS001", "x");

        var line = GitHubAnnotation.Format(diagnostic, Repository, Repository);

        Assert.Equal("::error file=input/bilag/a%2Cb%3Ac%25.md,line=2,col=3,title=DS001::x", line);
    }

    [Theory]
    [InlineData("input/om.md", Repository, "input/om.md")]
    [InlineData("om.md", Repository + "/input", "input/om.md")]
    [InlineData(Repository + "/input/om.md", "/tmp", "input/om.md")]
    [InlineData("/tmp/andet/input/om.md", Repository, "/tmp/andet/input/om.md")]
    public void Paths_are_relative_to_the_repository_where_they_lie_inside_it(string path, string workingDirectory, string expected) =>
        Assert.Equal(expected, GitHubAnnotation.RepositoryPath(path, workingDirectory, Repository));
}
