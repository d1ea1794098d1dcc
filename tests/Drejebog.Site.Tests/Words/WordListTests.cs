namespace Drejebog.Site.Tests.Words;

/// <summary>The word list in <c>docs/word-list.md</c>, and that <c>input/</c> keeps to it.</summary>
public sealed class WordListTests
{
    private const string Doc = """
        # Word list

        Some text with `code` that is not a row.

        | Write | Not | Note |
        |---|---|---|
        | `tredjepartsleverandør` | `3. partsleverandør*`, `tredjeparts leverandør*` | One word. |
        | `KL/KOMBITs` | `KL/KOMBIT's` | |
        | `GAP-analyse` | `gap-analyse*` | |
        """;

    private static readonly IReadOnlyList<RejectedForm> Forms = WordList.Parse(Doc);

    private static List<string> Check(string body) =>
        [.. WordList.Check(ReaderText.Read("input/side.md", $"---\ntitle: Side\n---\n{body}\n"), Forms).Select(f => f.Describe("input/side.md"))];

    [Fact]
    public void The_table_gives_each_rejected_form_with_the_spelling_to_write()
    {
        Assert.Equal(
            [
                ("3. partsleverandør*", "\"tredjepartsleverandør\""),
                ("tredjeparts leverandør*", "\"tredjepartsleverandør\""),
                ("KL/KOMBIT's", "\"KL/KOMBITs\""),
                ("gap-analyse*", "\"GAP-analyse\""),
            ],
            Forms.Select(f => (f.Form, f.Write)));
    }

    [Fact]
    public void A_rejected_form_is_found_at_its_line_with_any_ending_and_across_a_line_break()
    {
        Assert.Equal(
            [
                "input/side.md:5: \"3. partsleverandør\" – write \"tredjepartsleverandør\"",
                "input/side.md:5: \"tredjeparts leverandør\" – write \"tredjepartsleverandør\"",
            ],
            Check("Første linje.\nTo 3. partsleverandørerne og tredjeparts\nleverandører."));
    }

    [Fact]
    public void A_capital_first_letter_also_matches_but_other_capitals_do_not()
    {
        Assert.Equal(["input/side.md:4: \"Gap-analyse\" – write \"GAP-analyse\""], Check("Gap-analysen er klar, og GAP-analysen er god."));
    }

    [Fact]
    public void A_form_without_a_star_matches_whole_words_only()
    {
        Assert.Empty(Check("Se KL/KOMBIT'sx og KL/KOMBITs katalog."));
        Assert.Single(Check("Se KL/KOMBIT's katalog."));
    }

    [Fact]
    public void A_form_inside_a_longer_rejected_form_is_reported_once()
    {
        var forms = WordList.Parse("| `KL/KOMBITs` | `KL/KOMBIT's` | |\n| `KOMBITs` | `KOMBIT's` | |");

        var finding = Assert.Single(WordList.Check(ReaderText.Read("input/a.md", "---\ntitle: A\n---\nSe KL/KOMBIT's katalog.\n"), forms));

        Assert.Equal("KL/KOMBIT's", finding.Found);
    }

    [Fact]
    public void Quotes_of_the_source_link_targets_and_ids_are_not_checked()
    {
        Assert.Empty(Check("Drejebogen skriver »3. partsleverandører«. Se [analysen](gap-analyse.md)."));
        Assert.Empty(WordList.Check(ReaderText.Read("input/a.md", "---\nid: gap-analyse\ntitle: A\ndepends_on:\n  - gap-analyse-x\n---\nTekst.\n"), Forms));
    }

    [Fact]
    public void The_real_word_list_has_terms_and_none_rejects_its_own_spelling()
    {
        var forms = WordList.Parse(File.ReadAllText(WordList.DocPath));

        Assert.True(forms.Count > 20, $"only {forms.Count} rejected forms in docs/word-list.md");
        Assert.All(forms, form =>
        {
            var chosen = form.Write.Split(", ").Select(w => w.Trim('"'));
            Assert.DoesNotContain(chosen, w => form.Pattern.IsMatch(w));
        });
    }

    [Fact]
    public void No_input_file_uses_a_rejected_form()
    {
        var forms = WordList.Parse(File.ReadAllText(WordList.DocPath));
        var files = Directory.GetFiles(RepositoryRoot.Input, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 40, $"only {files.Count} input files");

        var findings = files.SelectMany(path =>
        {
            var name = "input/" + Path.GetRelativePath(RepositoryRoot.Input, path).Replace('\\', '/');
            return WordList.Check(ReaderText.Read(path, File.ReadAllText(path)), forms).Select(f => f.Describe(name));
        }).ToList();

        Assert.True(findings.Count == 0, "Use the spelling in docs/word-list.md:\n" + string.Join('\n', findings));
    }
}
