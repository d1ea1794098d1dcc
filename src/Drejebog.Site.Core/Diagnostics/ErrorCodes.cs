using System.Text;

namespace Drejebog.Site.Diagnostics;

/// <summary>
/// Every message the generator can report, in one place. Tests assert on these constants,
/// never on copied strings.
/// </summary>
public static class ErrorCodes
{
    // Reading and front matter.
    public static readonly ErrorCode NotUtf8 = new("DS001", "Filen er ikke gyldig UTF-8 (byte 0x{0:X2}). Gem filen med tegnsættet UTF-8.");
    public static readonly ErrorCode MissingFrontMatter = new("DS002", "Filen mangler front matter. Mangler du `---` i starten af filen?");
    public static readonly ErrorCode UnclosedFrontMatter = new("DS003", "Front matter slutter aldrig. Mangler du den afsluttende `---`-linje?");
    public static readonly ErrorCode InvalidYaml = new("DS004", "Ugyldig YAML: {0}");
    public static readonly ErrorCode NotAMapping = new("DS005", "Her skal stå felter på formen `navn: værdi`.");

    // Hostile or mistaken YAML, checked on the parser's events before any tree is built.
    public static readonly ErrorCode YamlTooDeep = new("DS006", "Lister og felter er lagt inden i hinanden mere end {0} niveauer dybt. Så dybt går drejebogens felter aldrig; ret indrykningen, eller luk parenteserne `[ ]` og `{{ }}` tidligere.");
    public static readonly ErrorCode AliasAsKey = new("DS007", "Et alias (`*{0}`) kan ikke bruges som feltnavn eller i et feltnavn. Skriv feltnavnet ud.");
    public static readonly ErrorCode AliasExpansionTooLarge = new("DS008", "Aliasserne (`*navn`) bliver til mere end {0} værdier, når de foldes ud (grænsen nås ved `*{1}`). Skriv værdierne ud, eller brug færre aliasser.");
    public static readonly ErrorCode UndefinedAlias = new("DS009", "Aliaset `*{0}` henviser til ankeret `&{0}`, som ikke står før aliaset. Skriv `&{0}` ved den værdi, aliaset skal gentage, før aliaset; eller skriv værdien ud.");
    public static readonly ErrorCode TabIndentation = new("DS017", "Linjen er indrykket med et tabulatortegn. YAML må kun indrykkes med mellemrum; erstat tabulatoren med mellemrum.");
    public static readonly ErrorCode RecursiveAlias = new("DS018", "Aliaset `*{0}` står inde i den værdi, som ankeret `&{0}` navngiver, så værdien ville indeholde sig selv. Skriv værdien ud i stedet.");
    public static readonly ErrorCode YamlTooLarge = new("DS019", "Her er mere end {0} værdier (felter, listepunkter og tekster) i filens YAML. Så mange bruger drejebogen aldrig; del indholdet op i flere filer, eller skriv det i brødteksten.");

    // Schema.
    public static readonly ErrorCode MissingField = new("DS010", "Feltet `{0}` mangler; det er påkrævet for {1}.");
    public static readonly ErrorCode WrongType = new("DS011", "Feltet `{0}` skal være {1}.");
    public static readonly ErrorCode UnknownField = new("DS012", "Ukendt felt `{0}`. Tilladte felter her: {1}.");
    public static readonly ErrorCode InvalidId = new("DS013", "`{0}` er ikke et gyldigt id. Brug små bogstaver a-z, tal og bindestreg (skriv æ, ø og å som ae, oe og aa).");
    public static readonly ErrorCode UnknownKind = new("DS014", "Ukendt ansvarstype `{0}`. Brug en af: {1}.");
    public static readonly ErrorCode InvalidValue = new("DS015", "Feltet `{0}` kan ikke have værdien `{1}`. Brug en af: {2}.");
    public static readonly ErrorCode EmptyList = new("DS016", "Feltet `{0}` skal have mindst ét element.");

    // Content graph.
    public static readonly ErrorCode UnknownPhase = new("DS020", "Ukendt fase `{0}`. Kendte faser: {1}.");
    public static readonly ErrorCode UnknownRole = new("DS021", "Ukendt rolle `{0}`. Kendte roller: {1}.");
    public static readonly ErrorCode UnknownDependency = new("DS022", "`depends_on` nævner milepælen `{0}`, som ikke findes.");
    public static readonly ErrorCode DuplicateId = new("DS023", "Id'et `{0}` bruges allerede af {1}.");
    public static readonly ErrorCode DuplicateDeliverable = new("DS024", "Leverance-id'et `{0}` bruges allerede i {1}. Leverance-id'er skal være unikke på hele sitet, fordi browserens tjeklister gemmer fremskridt under dem.");
    public static readonly ErrorCode DependencyCycle = new("DS025", "Afhængighederne danner en kreds: {0}.");
    public static readonly ErrorCode DuplicateOrder = new("DS026", "Fasen `{0}` har allerede en milepæl med `order: {1}` ({2}).");
    public static readonly ErrorCode DuplicateUrl = new("DS027", "Adressen {0} bruges også af {1}.");
    public static readonly ErrorCode MissingSiteSettings = new("DS028", "Filen `site.yml` mangler i input-mappen.");
    public static readonly ErrorCode DuplicatePhaseNumber = new("DS029", "Fasenummer {0} bruges allerede af {1}.");

    // Links.
    public static readonly ErrorCode BrokenFileLink = new("DS030", "Linket peger på filen `{0}`, som ikke findes.");
    public static readonly ErrorCode BrokenPageLink = new("DS031", "Linket peger på siden `{0}`, som ikke findes.");
    public static readonly ErrorCode BrokenAnchor = new("DS032", "Linket peger på `#{0}`, men siden {1} har ikke et element med det id.");

    // Navigation: checked only when the site has no other errors, which could be their cause.
    public static readonly ErrorCode UnreachablePage = new("DS033", "Siden {0} kan ikke nås ved at følge links fra forsiden. Link til den fra en side, der kan nås (fx en fase, en milepæl eller organisationssiden), eller sæt den i menuen med `nav_order`.");
    public static readonly ErrorCode RoleWithoutResponsibilities = new("DS034", "Rollen `{0}` har ikke ansvar i nogen milepæl. Giv den et ansvar under `responsibilities` i en milepæl, eller slet rollen.");
    public static readonly ErrorCode LinkToOldUrl = new("DS035", "Linket peger på den gamle adresse {0}, som sender videre til {1}. Ret linket til den nye adresse.");

    // Theme and templates.
    public static readonly ErrorCode TemplateError = new("DS040", "Fejl i skabelonen: {0}");

    public static readonly ErrorCode MissingTemplate = new("DS041", "Skabelonen `{0}` findes ikke i temaet.");
    public static readonly ErrorCode CspBlockedMarkup = new("DS042", "Siden {0} indeholder {1}, som sidens sikkerhedspolitik (Content-Security-Policy) forbyder.");
    public static readonly ErrorCode UnknownAsset = new("DS043", "Skabelonen beder om `{0}` med `asset_url`, men temaet har ingen sådan fil. Skriv stien som under theme/assets/ eller som `to` i theme/assets.json, fx `css/site.css`.");
    public static readonly ErrorCode AssetReferenceMissing = new("DS044", "`{0}` peger på {1}, som ikke er blandt temaets filer. Ret stien, eller tilføj filen under theme/assets/ eller i theme/assets.json.");
    public static readonly ErrorCode AssetCycle = new("DS045", "Filerne henviser til hinanden i ring: {0}. En fil får sit indholds-hash efter de filer, den henviser til, så henvisningerne må ikke gå i ring; flyt det fælles til en tredje fil.");
    public static readonly ErrorCode ComputedImport = new("DS046", "`import(…)` med en beregnet sti kan ikke få indholds-hash i filnavnet. Skriv stien som en fast streng, fx `import('./modul.js')`.");

    // Tools and output.
    public static readonly ErrorCode ThemeInstallFailed = new("DS050", "Temaets pakker (dkfds, pagefind) kunne ikke installeres: {0}");
    public static readonly ErrorCode SearchIndexFailed = new("DS051", "Søgeindekset kunne ikke bygges: {0}");
    public static readonly ErrorCode OutputFailed = new("DS052", "Output-mappen kunne ikke skrives: {0}");
    public static readonly ErrorCode MissingAsset = new("DS053", "Temaets fil `{0}` findes ikke.");
    public static readonly ErrorCode AssetUnreadable = new("DS054", "Temaets fil kunne ikke læses: {0}");
    public static readonly ErrorCode InternalError = new("DS055", "Filen kunne ikke behandles, fordi generatoren fejlede i {0}: {1}. Det er en fejl i generatoren; meld den gerne med denne fil som eksempel.");

    // URLs, Markdown attributes and raw HTML in content: only safe schemes and attributes are published.
    public static readonly ErrorCode UnsafeUrl = new("DS036", "Adressen `{0}` kan ikke bruges. Skriv en adresse, der begynder med `https://`, `http://`, `mailto:` eller `tel:`, eller en sti på sitet, fx `/milepaele/start/` eller `../roller/programejer.md`.");
    public static readonly ErrorCode AttributeNotAllowed = new("DS037", "Attributten `{0}` kan ikke bruges i `{{…}}`. Kun `#id` og `.klasse` er tilladt, fx `## Overskrift {{#mit-id .klasse}}`.");
    public static readonly ErrorCode DuplicateElementId = new("DS038", "Id'et `{0}` findes allerede på siden (linje {1}). Et id skal være unikt på siden; vælg et andet.");
    public static readonly ErrorCode RawHtml = new("DS039", "`{0}` bliver vist som tekst på siden, ikke som HTML. Skriv formateringen i Markdown (fx `**fed**`, `*kursiv*`, `[tekst](adresse)`), eller skriv `\\<`, hvis tegnet `<` skal stå i teksten.");
    public static readonly ErrorCode IdTakenByLayout = new("DS048", "Id'et `{0}` bruges også af sidens skabelon ({1}), så links til `#{0}` ville ramme forkert. Vælg et andet id.");
    public static readonly ErrorCode SiteUrlInvalid = new("DS047", "Feltet `{0}` skal være en fuld `https://`-adresse med et værtsnavn og uden `?` og `#`, fx `{1}`.");

    // Redirects from former URLs (`redirect_from`).
    public static readonly ErrorCode RedirectNotSitePath = new("DS060", "`{0}` er ikke en adresse på sitet. En gammel adresse i `redirect_from` skal begynde med én `/`, fx `/milepaele/gammelt-id/`.");
    public static readonly ErrorCode RedirectWithQuery = new("DS061", "`{0}` indeholder `{1}`. Skriv kun stien uden `?` og `#`, fx `{2}`.");
    public static readonly ErrorCode RedirectInvalidPath = new("DS062", "`{0}` er ikke en gyldig sti. Brug kun bogstaverne a-z og A-Z, tal, `-`, `_`, `.` og `~` mellem skråstregerne, og ingen tomme dele, `.` eller `..`.");
    public static readonly ErrorCode RedirectFromExistingPage = new("DS063", "Den gamle adresse {0} er adressen på en side, der findes ({1}). Der kan ikke sendes videre fra en side, der stadig findes.");
    public static readonly ErrorCode DuplicateRedirect = new("DS064", "Den gamle adresse {0} står allerede i `redirect_from` i {1}.");
    public static readonly ErrorCode RedirectOverwritesFile = new("DS065", "Den gamle adresse {0} ville overskrive filen `{1}`, som sitet allerede har.");

    // Theme templates: what Fluid would only notice while rendering, found when the templates are read.
    public static readonly ErrorCode UnknownFilter = new("DS066", "Filteret `{0}` findes ikke. Ret navnet efter `|`, eller fjern filteret; skabelonerne kan bruge Liquids standardfiltre og `asset_url`.");

    // The output folder: what `build` and `preview` may replace, and what happened when they did.
    public static readonly ErrorCode OutputPathEmpty = new("DS070", "Output-mappen er tom (`-o \"\"`). Er variablen efter -o tom? Skriv mappen, fx `-o output`.");
    public static readonly ErrorCode OutputIsWorkingFolder = new("DS071", "Output-mappen {0} er den mappe, du står i, eller en mappe over den. Bygningen erstatter hele output-mappen, så vælg en mappe kun til sitet, fx `-o output`.");
    public static readonly ErrorCode OutputContainsSources = new("DS072", "Output-mappen {0} er eller indeholder {1} ({2}). Bygningen erstatter hele output-mappen, så vælg en mappe kun til sitet, fx `-o output`.");
    public static readonly ErrorCode OutputInsideSources = new("DS073", "Output-mappen {0} ligger inde i {1} ({2}). Vælg en mappe uden for input-mappen og temaet, fx `-o output`.");
    public static readonly ErrorCode OutputNotOurs = new("DS074", "Output-mappen {0} findes og er ikke tom, men drejebog har ikke lavet den (filen `{1}` mangler), så den bliver ikke erstattet. Er den en tidligere bygning af sitet, så slet den selv og byg igen; ellers vælg en anden mappe med -o.");
    public static readonly ErrorCode OutputCreateFailed = new("DS075", "Output-mappen {0} kunne ikke oprettes: {1}. Vælg en mappe, du kan skrive i, og hvor der ikke ligger en fil med samme navn.");
    public static readonly ErrorCode OldOutputLeftBehind = new("DS076", "Det nye site er lagt på plads i {0}, men den tidligere udgave kunne ikke slettes ({1}). Den ligger nu i {2}; næste bygning sletter den, eller slet den selv.");
    public static readonly ErrorCode SwapRolledBack = new("DS077", "Det nye site kunne ikke lægges på plads i {0}: {1}. Den tidligere udgave er lagt tilbage.");
    public static readonly ErrorCode SwapNotRolledBack = new("DS078", "Det nye site kunne ikke lægges på plads i {0} ({1}), og den tidligere udgave kunne ikke lægges tilbage ({2}). {0} findes ikke nu: den tidligere udgave ligger i {3} og den nye i {4}. Flyt den, du vil bruge, til {0}, eller byg igen.");
    public static readonly ErrorCode OutputLooksLikeOption = new("DS079", "`-o {0}` ligner et tilvalg, ikke en mappe. Er variablen efter -o tom? Skriv mappen, fx `-o output`.");

    // Reading input and theme files from disk: links, special files, sizes, and output paths a file may not take.
    public static readonly ErrorCode LinkOutsideFolder = new("DS080", "Den symbolske lænke peger på `{0}`, som ligger uden for mappen `{1}`. Kun filer i mappen kan bruges; kopiér filen ind i mappen i stedet for at lænke til den.");
    public static readonly ErrorCode LinkLoop = new("DS081", "Den symbolske lænke går i ring: den peger (evt. gennem andre lænker) på sig selv eller på en mappe, den selv ligger i. Slet lænken.");
    public static readonly ErrorCode FolderReadTwice = new("DS082", "Den symbolske lænke peger på en mappe, som allerede læses gennem lænken `{0}`. En mappe kan kun læses gennem én lænke; slet den ene.");
    public static readonly ErrorCode BrokenSymbolicLink = new("DS083", "Den symbolske lænke peger på `{0}`, som ikke findes. Ret eller slet lænken.");
    public static readonly ErrorCode NotARegularFile = new("DS084", "Her ligger {0}, ikke en almindelig fil eller mappe, og den kan ikke læses som en del af sitet. Slet den.");
    public static readonly ErrorCode FileTooLarge = new("DS085", "Filen fylder {0} byte, men {1} må højst fylde {2} byte. Gør filen mindre (fx et komprimeret billede eller en PDF med lavere opløsning), eller del den op.");
    public static readonly ErrorCode FileUnreadable = new("DS086", "Filen kunne ikke læses: {0}");
    public static readonly ErrorCode OutputPathTaken = new("DS087", "Filen ville blive udgivet som {0}, men {1} skriver allerede {2}. Omdøb eller flyt filen.");
    public static readonly ErrorCode ReservedOutputPath = new("DS088", "Filen ville blive udgivet som {0}, som er forbeholdt {1}. Den kan ikke komme fra input-mappen; omdøb eller slet filen.");
    public static readonly ErrorCode InvalidAssetMap = new("DS089", "Temaets `assets.json` kan ikke læses: {0}. Filen skal være en liste af `{{\"from\": …, \"to\": …}}`.");

    // The theme's npm packages and asset map: where packages are installed and read from, and what the map may name.
    public static readonly ErrorCode LinkedFolderInTheme = new("DS090", "`{0}` i temaet er en symbolsk lænke (til `{1}`). Temaets pakker installeres og læses kun i temaet selv: `npm ci` ville ellers tømme det, lænken peger på, og filer uden for temaet kunne blive udgivet. Slet lænken (ikke det, den peger på) og byg igen; så installeres pakkerne i temaet.");
    public static readonly ErrorCode UnsafeAssetPath = new("DS091", "`{0}` i `assets.json` er `{1}`, men skal være en relativ sti inde i mappen, fx `dist/img`: uden `..`, `\\`, tomme led og `/` først. Ret stien.");

    // Content that takes a place or a shape only the build may give (issue 10, content safety).
    public static readonly ErrorCode MarkdownNestedTooDeep = new("DS095", "Citater (`>`) og lister er lagt inden i hinanden i mere end {0} niveauer her. Så mange niveauer kan ikke vises; skriv teksten med færre `>`, `-` eller `1.` foran.");
    public static readonly ErrorCode UnsafeFileName = new("DS096", "Navnet `{0}` kan ikke bruges i sidens adresse. Brug kun små bogstaver a-z, tal, `-`, `_` og `.` i navnene på Markdown-filer og deres mapper, fx `min-side.md`.");
    public static readonly ErrorCode RedirectReservedPath = new("DS097", "Den gamle adresse {0} er forbeholdt {1}. Der kan ikke sendes videre derfra; fjern den fra `redirect_from`.");

    // Phase dates (issue 12, the phase plan): real dates in the phases' front matter, in order.
    public static readonly ErrorCode InvalidDate = new("DS100", "`{0}` er ikke en gyldig dato. Skriv datoen som år-måned-dag, fx `2015-06-15`; det, læseren skal se (fx `ca. 15. juni 2015`), skriver du i `{1}`.");
    public static readonly ErrorCode PhaseEndsBeforeStart = new("DS101", "Fasen slutter {0}, men starter først {1}. Ret `ends` eller `starts`, så fasen starter, før den slutter.");
    public static readonly ErrorCode PhaseEndsBeforePrevious = new("DS102", "Fasen slutter {0}, men den forrige fase ({1}) slutter først {2}. Hver fase skal slutte efter den forrige; ret `ends` her eller i {3}.");
    public static readonly ErrorCode StartsOnLaterPhase = new("DS103", "Kun den første fase (fase {0}) kan have `starts`; de andre faser begynder, når den forrige slutter. Fjern `starts` og `starts_text` her.");
    // The organisation chart drawn from the roles' reports_to, member_of and supports (issue 12).
    public static readonly ErrorCode ChartCycle = new("DS104", "Rollernes plads i organisationsdiagrammet går i ring: {0}. Diagrammet kan ikke tegnes sådan; ret én af rollernes `reports_to`, `member_of` eller `supports`, så kæden ender ved rollen øverst.");
    public static readonly ErrorCode RoleNotInChart = new("DS105", "Rollen `{0}` er ikke med i organisationsdiagrammet: den nævner ingen anden rolle, og diagrammet har allerede `{1}` øverst ({2}). Skriv, hvor rollen hører til, med `reports_to` (refererer til), `member_of` (medlem af en gruppe) eller `supports` (bistår).");
    public static readonly ErrorCode TwoChartPlacements = new("DS106", "Rollen har både `{0}` og `{1}`, men den kan kun have én plads i organisationsdiagrammet. Slet den ene.");
    // Roles and milestones (issue 12, the roles × milestones matrix): one entry per role and milestone.
    public static readonly ErrorCode DuplicateResponsibility = new("DS108", "Rollen `{0}` har allerede ansvaret `{1}` i denne milepæl (linje {2}). Skriv hvert ansvar én gang pr. rolle; skal rollen have flere slags ansvar, så giv hvert sit `kind`.");

    /// <summary>
    /// "Mente du …?" (issue 13): the same codes as above, used instead when a known name is a near match
    /// (<see cref="NearMatch"/>); the suggestion replaces the list of every known name.
    /// </summary>
    public static class DidYouMean
    {
        public static readonly ErrorCode UnknownField = new("DS012", "Ukendt felt `{0}`. Mente du `{1}`?");
        public static readonly ErrorCode UnknownPhase = new("DS020", "Ukendt fase `{0}`. Mente du `{1}`?");
        public static readonly ErrorCode UnknownRole = new("DS021", "Ukendt rolle `{0}`. Mente du `{1}`?");
        public static readonly ErrorCode UnknownDependency = new("DS022", "`depends_on` nævner milepælen `{0}`, som ikke findes. Mente du `{1}`?");
        public static readonly ErrorCode BrokenFileLink = new("DS030", "Linket peger på filen `{0}`, som ikke findes. Mente du `{1}`?");
        public static readonly ErrorCode BrokenPageLink = new("DS031", "Linket peger på siden `{0}`, som ikke findes. Mente du `{1}`?");
        public static readonly ErrorCode BrokenAnchor = new("DS032", "Linket peger på `#{0}`, men siden {1} har ikke et element med det id. Mente du `#{2}`?");
    }

    /// <summary>Lists of known names in messages (<see cref="KnownNames"/>).</summary>
    public static class Lists
    {
        /// <summary>A list cut short: the names listed, then how many more there are.</summary>
        public static readonly CompositeFormat AndMore = CompositeFormat.Parse("{0} og {1} flere");
    }

    // YAML an editor mistyped (issue 13): each common slip named in Danish at the place to fix, never the parser's English.
    public static readonly ErrorCode MissingColon = new("DS110", "Der mangler et kolon efter `{0}`. Skriv kolon og mellemrum mellem feltnavnet og værdien, fx `{0}: …`.");
    public static readonly ErrorCode WrongIndentation = new("DS111", "Linjen er indrykket {0} mellemrum, men skal være indrykket {1} mellemrum ligesom `{2}` i linje {3}. Det, der hører til samme niveau, skal stå lige under hinanden; ret mellemrummene forrest på linjen.");
    public static readonly ErrorCode UnclosedQuote = new("DS112", "Anførselstegnet `{0}` bliver aldrig lukket. Sæt et `{0}` mere sidst i teksten, på samme linje. Skal `{0}` stå inde i teksten, så sæt det andet slags anførselstegn om teksten (`\"` eller `'`).");
    public static readonly ErrorCode UnclosedBracket = new("DS113", "Parentesen `{0}` bliver aldrig lukket med `{1}`. Sæt `{1}` efter det sidste punkt. Skal `{0}` stå i teksten, så sæt anførselstegn om hele teksten, fx `title: \"{0}udkast{1} Plan\"`.");
    public static readonly ErrorCode ListItemWhereFieldExpected = new("DS114", "Her står et listepunkt (`- …`), men her skal stå et felt på formen `navn: værdi`. Hører punktet til en liste, så skriv listens navn med kolon på linjen over (fx `deliverables:`) og ryk punktet ind under det.");
    public static readonly ErrorCode FieldWhereListItemExpected = new("DS115", "Feltet `{0}` står, hvor listen ovenover venter et nyt punkt, der begynder med `- `. Er det et nyt punkt, så skriv `- ` foran; hører feltet til punktet ovenover, så ryk det ind under punktets første felt; ellers ryk det ud til felterne uden for listen.");
    public static readonly ErrorCode DuplicateKey = new("DS116", "Feltet `{0}` står allerede i linje {1}. Et felt kan kun stå én gang samme sted; slet det ene, eller ret navnet.");
    public static readonly ErrorCode ColonInValue = new("DS117", "Teksten efter `{0}:` indeholder et kolon med mellemrum efter (`: `), som YAML læser som starten på et nyt felt. Sæt anførselstegn om hele teksten, fx `{0}: \"…\"`.");
    public static readonly ErrorCode ReservedFirstCharacter = new("DS118", "En værdi kan ikke begynde med `{0}` i YAML. Sæt anførselstegn om hele teksten, fx `{1}: \"{0}…\"`.");
    public static readonly ErrorCode YamlUnreadable = new("DS119", "YAML-teksten kan ikke læses herfra. Se på denne linje og linjen før: mangler der et kolon efter et feltnavn, er linjen indrykket anderledes end dem, den hører sammen med, eller er et anførselstegn eller en parentes ikke lukket? En tekst, der indeholder `: ` eller ` #`, eller som begynder med `[`, `{`, `'`, `\"`, `@` eller `` ` ``, skal stå i anførselstegn.");

    // The accessibility statement (issue 14): a Danish public site links its tilgængelighedserklæring from every page.
    public static readonly ErrorCode AccessibilityStatementMissing = new("DS125", "`site.yml` har ingen adresse i feltet `accessibility_statement`, så siderne linker ikke til sitets tilgængelighedserklæring. Et offentligt site skal have en: lav den i Digitaliseringsstyrelsens værktøj på was.digst.dk, og skriv den adresse, erklæringen får dér, i `accessibility_statement`.");
    public static readonly ErrorCode AccessibilityStatementInvalid = new("DS126", "Feltet `accessibility_statement` skal være en fuld `https://`-adresse med et værtsnavn: adressen på sitets tilgængelighedserklæring i Digitaliseringsstyrelsens værktøj (was.digst.dk). Kopiér adressen fra værktøjet.");

    // The glossary (input/ordliste/).
    public static readonly ErrorCode TermNeverUsed = new("DS127", "Begrebet `{0}` står ikke i teksten på nogen anden side, så ingen side linker til det. Tilføj de bøjninger, teksten bruger, under `variants`, eller slet begrebet.");
    public static readonly ErrorCode VariantNeverUsed = new("DS128", "Stavemåden »{0}« står ikke i teksten på nogen side. Ret den, så den svarer til teksten, eller slet den fra `variants`.");
    public static readonly ErrorCode SpellingInTwoTerms = new("DS129", "Stavemåden »{0}« hører også til begrebet `{1}` ({2}); et ord kan kun linke til ét begreb. Slet den her eller dér.");

    // The whole playbook as a PDF (issue 16): Chromium prints /hele-drejebogen/ before the new output is swapped in.
    public static readonly ErrorCode PdfFailed = new("DS132", "PDF-udgaven af hele drejebogen kunne ikke laves: {0}. Ret fejlen, eller byg uden PDF med `--no-pdf`.");

    /// <summary>Details of a <see cref="TemplateError"/> (DS040), which names what went wrong in the template.</summary>
    public static class TemplateErrorDetails
    {
        /// <summary>The detail of a <see cref="ErrorCodes.TemplateError"/> for <c>content_main</c> used otherwise than written with <c>raw</c>.</summary>
        public const string MainContentOnlyRaw = "`content_main` er sidens færdige HTML og kan kun skrives, som det er: `{{ content_main | raw }}`, uden andre filtre og ikke i betingelser.";

        /// <summary>The detail of a <see cref="ErrorCodes.TemplateError"/> for a name a template uses that is not there: the name, then the page.</summary>
        public static readonly CompositeFormat UndefinedVariable = CompositeFormat.Parse("`{0}` findes ikke (første gang ved siden {1}). Ret navnet; docs/theme.md viser alt, hvad skabelonerne får. En partial får kun det, `render` giver den, og det, den selv erklærer med `{{% optional navn %}}`.");
    }
}
