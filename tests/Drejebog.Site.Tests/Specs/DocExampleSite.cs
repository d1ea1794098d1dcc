using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Specs;

/// <summary>
/// Puts a <see cref="DocExample"/> into <see cref="TestSite.Minimal"/> at its path. Fragments replace
/// the fields of the same name in the file's front matter and are appended after the rest of it.
/// </summary>
internal static class DocExampleSite
{
    private const string Delimiter = "---";

    /// <summary>
    /// <see cref="TestSite.Minimal"/> with the files the examples refer to: the first two milestones of
    /// the playbook in place of the minimal ones, the roles they name and the organisation page.
    /// </summary>
    public static TestSite Baseline() => TestSite.Minimal()
        .Without("input/milepaele/1-01-start.md")
        .Without("input/milepaele/1-02-plan.md")
        .With("""
            -- input/organisering.md --
            ---
            title: Organisering
            summary: Programmets organisering.
            layout: organisering
            nav_order: 3
            ---
            Programmet har en programejer og en programleder, som laver business casen. Der kan være flere business cases.
            -- input/roller/direktion.md --
            ---
            id: direktion
            title: Direktion
            order: 3
            summary: Kommunens øverste ledelse.
            reports_to: programejer
            ---
            Direktionen udpeger programejeren.
            -- input/roller/programstyregruppe.md --
            ---
            id: programstyregruppe
            title: Programstyregruppe
            order: 4
            summary: Styrer programmet.
            reports_to: programejer
            ---
            Programstyregruppen styrer programmet.
            -- input/milepaele/1-01-ejerskab-og-ressourcer.md --
            ---
            id: ejerskab-og-ressourcer
            title: Ejerskab besluttet
            phase: planlaegning
            order: 1
            summary: Ansvaret er placeret.
            deliverables:
              - id: programledelse-udpeget
                text: Programledelsen er udpeget.
            responsibilities:
              - role: direktion
                kind: ansvarlig
              - role: programejer
                kind: udfører
            ---
            Ejerskabet besluttes.
            -- input/milepaele/1-02-samarbejde-med-fagomraader.md --
            ---
            id: samarbejde-med-fagomraader
            title: Samarbejde etableret
            phase: planlaegning
            order: 2
            summary: Fagområderne er med.
            deliverables:
              - id: samarbejde-governance-etableret
                text: Governance er på plads.
            responsibilities:
              - role: programleder
                kind: udfører
              - role: programstyregruppe
                kind: ansvarlig
            depends_on:
              - ejerskab-og-ressourcer
            ---
            Samarbejdet etableres.
            """);

    /// <summary>The site to build, and the file line of the example's first line.</summary>
    public static (TestSite Site, int FirstLine) Apply(TestSite site, DocExample example, IEnumerable<DocExample> earlier)
    {
        if (!example.IsFragment)
        {
            return (site.With(example.Path, example.Text), 1);
        }
        var host = earlier.LastOrDefault(e => !e.IsFragment && e.Path == example.Path) is { } whole
            ? whole.Text
            : site.Text(example.Path);
        var (merged, firstLine) = Merge(host, example.Text);
        return (site.With(example.Path, merged), firstLine);
    }

    private static (string Text, int FirstLine) Merge(string host, string fragment)
    {
        var lines = host.Split('\n');
        if (lines[0] != Delimiter)
        {
            throw new InvalidOperationException("A fragment goes into a file that starts with front matter.");
        }
        var close = Array.IndexOf(lines, Delimiter, 1);
        var fields = TopLevelKeys(fragment.Split('\n')).ToHashSet(StringComparer.Ordinal);
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in lines[1..close])
        {
            if (KeyOf(line) is { } key)
            {
                skipping = fields.Contains(key);
            }
            if (!skipping)
            {
                kept.Add(line);
            }
        }
        var text = string.Join('\n', [Delimiter, .. kept, fragment.TrimEnd('\n'), .. lines[close..]]);
        return (text, kept.Count + 2);
    }

    private static IEnumerable<string> TopLevelKeys(IEnumerable<string> lines) =>
        lines.Select(KeyOf).OfType<string>();

    /// <summary>The key a top-level <c>key: value</c> line starts; null for indented, list and blank lines.</summary>
    private static string? KeyOf(string line) =>
        line.Length > 0 && char.IsAsciiLetter(line[0]) && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            ? line[..colon]
            : null;
}
