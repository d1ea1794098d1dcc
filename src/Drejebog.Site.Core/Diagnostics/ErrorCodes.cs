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

    // Theme and templates.
    public static readonly ErrorCode TemplateError = new("DS040", "Fejl i skabelonen: {0}");
    public static readonly ErrorCode MissingTemplate = new("DS041", "Skabelonen `{0}` findes ikke i temaet.");
    public static readonly ErrorCode InlineCode = new("DS042", "Siden {0} indeholder {1}, som sidens sikkerhedspolitik (Content-Security-Policy) forbyder.");

    // Tools and output.
    public static readonly ErrorCode ThemeInstallFailed = new("DS050", "Temaets pakker (dkfds, pagefind) kunne ikke installeres: {0}");
    public static readonly ErrorCode SearchIndexFailed = new("DS051", "Søgeindekset kunne ikke bygges: {0}");
    public static readonly ErrorCode OutputFailed = new("DS052", "Output-mappen kunne ikke skrives: {0}");
    public static readonly ErrorCode MissingAsset = new("DS053", "Temaets fil `{0}` findes ikke.");
}
