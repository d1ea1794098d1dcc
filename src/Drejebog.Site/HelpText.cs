namespace Drejebog.Site.Cli;

/// <summary>The text <c>--help</c> prints.</summary>
internal static class HelpText
{
    public const string Text = """
        drejebog – bygger Drejebog.Site fra Markdown til et statisk website.

        Brug:
          drejebog build [tilvalg]   Byg sitet til output-mappen.
          drejebog check [tilvalg]   Tjek indhold, skabeloner, links og navigation uden at skrive noget.
          drejebog preview [tilvalg] Byg, vis sitet på http://127.0.0.1:5080/ og byg igen, når du gemmer;
                                     åbne sider genindlæses selv, og fejl vises i browseren.
          drejebog --help            Vis denne hjælp.
          drejebog --version         Vis versionen.

        Tilvalg:
          -i, --input <mappe>    Indholdet (standard: ./input)
          -t, --theme <mappe>    Temaet med skabeloner og aktiver (standard: ./theme)
          -o, --output <mappe>   Hvor sitet skrives (standard: ./output)
                                 Mappen erstattes helt, så den skal være ny, tom eller lavet af drejebog
              --base-url <adresse>
                                 Byg til en anden adresse end base_url i site.yml (fx en deploy
                                 preview); sitets id, som gemt fremskridt hører til, er det samme
              --no-search        Spring Pagefind-søgeindekset over
          -p, --port <nummer>    Porten til preview (standard: 5080; 0 vælger en ledig)
          -q, --quiet            Vis kun fejl og opsummering
              --format <format>  text (standard) eller github: fejl som GitHub Actions-annoteringer
              --stats            Vis JIT-tid, GC-pauser og allokeringer (til benchmarks)

        Fejl i indholdet skrives som sti:linje:kolonne: fejl DSnnn: besked.
        Advarsler skrives som sti:linje:kolonne: advarsel DSnnn: besked og stopper ikke bygningen.
        Ved fejl er exitkoden 1, og den tidligere output-mappe forbliver uændret.
        Exitkoder: 0 ok, 1 fejl i indholdet, 2 forkert brug, 3 et værktøj (npm, pagefind) fejlede
        eller output-mappen kunne ikke skrives.
        """;
}
