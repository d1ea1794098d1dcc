namespace Drejebog.Site.Tests.Support;

/// <summary>
/// Golden files under <c>tests/Drejebog.Site.Tests/Snapshots/</c>. A difference fails the test;
/// set <c>DREJEBOG_UPDATE_SNAPSHOTS=1</c> to rewrite the files on purpose, then review the diff.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "DREJEBOG_UPDATE_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Drejebog.Site.Tests", "Snapshots", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {name}; run the tests with {UpdateVariable}=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
