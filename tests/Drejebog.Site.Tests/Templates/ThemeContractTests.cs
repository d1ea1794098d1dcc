using System.Text.RegularExpressions;

namespace Drejebog.Site.Tests.Templates;

/// <summary>
/// docs/theme.md's table of keys is what the view models build, and the real theme reads every
/// one. The keys are read from the C# source (<c>["key"] =</c>), where every key is written once.
/// </summary>
public sealed partial class ThemeContractTests
{
    private static readonly string[] ModelSources =
    [
        "src/Drejebog.Site.Core/Templates/ViewModels.cs",
        "src/Drejebog.Site.Core/Templates/PageVariables.cs",
        "src/Drejebog.Site.Core/Templates/WholePlaybookModel.cs",
        "src/Drejebog.Site.Core/Templates/PhasePlanModel.cs",
        "src/Drejebog.Site.Core/Templates/OrganisationChartModels.cs",
        "src/Drejebog.Site.Core/Templates/DraftStatusModels.cs",
        "src/Drejebog.Site.Core/Modules/RenderTemplates.cs",
        "src/Drejebog.Site.Core/Templates/MatrixViewModel.cs",
        "src/Drejebog.Site.Core/Templates/GlossaryModels.cs",
        "src/Drejebog.Site.Core/Templates/ProgressModels.cs",
    ];

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative));

    private static SortedSet<string> DocumentedKeys()
    {
        var rows = Read("docs/theme.md").Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.True(rows.Count >= 10, $"only {rows.Count} rows found in docs/theme.md's table of keys");
        var keys = rows.SelectMany(row => DocumentedKey().Matches(row.Split(" | ", 2)[1]).Select(m => m.Groups[1].Value));
        return new SortedSet<string>(keys, StringComparer.Ordinal);
    }

    private static SortedSet<string> BuiltKeys()
    {
        var keys = ModelSources.SelectMany(file => BuiltKey().Matches(Read(file)).Select(m => m.Groups[1].Value)).ToList();
        Assert.True(keys.Count >= 40, $"only {keys.Count} keys found in the view models");
        return new SortedSet<string>(keys, StringComparer.Ordinal);
    }

    [Fact]
    public void Docs_list_exactly_the_keys_the_view_models_build()
    {
        var built = BuiltKeys();
        var documented = DocumentedKeys();
        Assert.True(built.SetEquals(documented),
            $"built, not documented: {string.Join(", ", built.Except(documented))}; documented, not built: {string.Join(", ", documented.Except(built))}");
    }

    [Fact]
    public void The_real_theme_reads_every_key()
    {
        var theme = string.Join('\n', Directory.GetFiles(Path.Combine(RepositoryRoot.Theme), "*.liquid", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal)).Select(File.ReadAllText));

        var unread = BuiltKeys().Where(key => !Regex.IsMatch(theme, $@"(?<![A-Za-z0-9_-]){key}(?![A-Za-z0-9_-])")).ToList();
        Assert.True(unread.Count == 0, $"keys no template reads: {string.Join(", ", unread)}");
    }

    // A key at the start of the column or after ", ": `key` (notes in brackets are left out).
    [GeneratedRegex(@"(?:^|, )`([a-z_]+)`")]
    private static partial Regex DocumentedKey();

    [GeneratedRegex(@"\[""([a-z_]+)""\] =")]
    private static partial Regex BuiltKey();
}
