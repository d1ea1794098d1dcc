using System.Text;

namespace Drejebog.Site.Cli;

/// <summary>The text <c>--help</c> prints; which command takes which option comes from <see cref="CommandOptions"/>.</summary>
internal static class HelpText
{
    private const int DescriptionColumn = 25;

    private const string Commands = """
        drejebog – bygger Drejebog.Site fra Markdown til et statisk website.

        Brug:
          drejebog build [tilvalg]   Byg sitet til output-mappen.
          drejebog check [tilvalg]   Tjek indhold, skabeloner, links og navigation uden at skrive noget.
          drejebog preview [tilvalg] Byg, vis sitet på http://127.0.0.1:5080/ og byg igen, når du gemmer;
                                     åbne sider genindlæses selv, og fejl vises i browseren.
          drejebog --help            Vis denne hjælp.
          drejebog --version         Vis versionen.
        """;

    private const string Outcome = """
        Et ukendt eller gentaget tilvalg, eller et som kommandoen ikke bruger, er forkert brug (exitkode 2).
        Fejl i indholdet skrives som sti:linje:kolonne: fejl DSnnn: besked.
        Advarsler skrives som sti:linje:kolonne: advarsel DSnnn: besked og stopper ikke bygningen.
        Ved fejl er exitkoden 1, og den tidligere output-mappe forbliver uændret.
        Exitkoder: 0 ok, 1 fejl i indholdet, 2 forkert brug, 3 et værktøj (npm, pagefind, chromium) fejlede
        eller output-mappen kunne ikke skrives.
        """;

    public static readonly string Text = Compose();

    private static string Compose()
    {
        var text = new StringBuilder(Commands).Append("\n\n");
        foreach (var command in Enum.GetValues<Command>())
        {
            var names = CommandOptions.For(command).Select(option => option.Short ?? option.Long);
            var heading = "  Tilvalg til " + CommandOptions.Name(command) + ":";
            text.Append(heading.PadRight(DescriptionColumn)).Append(string.Join(' ', names)).Append('\n');
        }
        text.Append("\nTilvalg:\n");
        foreach (var option in CommandOptions.Everything)
        {
            var usage = $"  {(option.Short is null ? "   " : option.Short + ",")} {option.Long}{(option.Value is null ? "" : " " + option.Value)}";
            var lines = option.Help.Select(line => new string(' ', DescriptionColumn) + line).ToList();
            if (usage.Length < DescriptionColumn - 1)
            {
                lines[0] = usage.PadRight(DescriptionColumn) + option.Help[0];
            }
            else
            {
                text.Append(usage).Append('\n');
            }
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }
        return text.Append('\n').Append(Outcome).ToString();
    }
}
