namespace Drejebog.Site.Content;

/// <summary>
/// The fixed vocabulary of what a role does in a milestone. <see cref="Description"/> is the one
/// explanation of each kind; the organisation page shows them under <see cref="Anchor"/>, and every
/// badge of a kind links there (<see cref="ExplanationUrl"/>).
/// </summary>
public sealed record ResponsibilityKind(string Id, string Label, string Description, string Anchor)
{
    /// <summary>The page whose layout (organisering) renders the explanations of the kinds.</summary>
    public const string ExplainedOn = "/organisering/";

    public static readonly ResponsibilityKind Responsible = new("ansvarlig", "Ansvarlig", "Ejer resultatet og står til ansvar for, at det bliver nået – også når andre gør arbejdet.", "ansvar-ansvarlig");
    public static readonly ResponsibilityKind Performer = new("udfører", "Udfører", "Gør selve arbejdet og leverer det, milepælen kræver.", "ansvar-udfoerer");
    public static readonly ResponsibilityKind Approver = new("godkender", "Godkender", "Godkender, beslutter eller underskriver, før milepælen er nået.", "ansvar-godkender");
    public static readonly ResponsibilityKind Participant = new("deltager", "Deltager", "Deltager, bidrager med viden eller bliver hørt undervejs.", "ansvar-deltager");

    public static IReadOnlyList<ResponsibilityKind> All { get; } = [Responsible, Performer, Approver, Participant];

    /// <summary>Where a reader finds what this kind means.</summary>
    public string ExplanationUrl => $"{ExplainedOn}#{Anchor}";

    /// <summary>The kind's one-letter label in the roles × milestones matrix (A, U, G, D), explained by its legend.</summary>
    public string Letter => Label[..1];

    public static ResponsibilityKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    /// <summary>Kinds as one Danish phrase, the first capitalised: "Ansvarlig og udfører", "Ansvarlig, udfører og godkender".</summary>
    public static string Join(IReadOnlyList<ResponsibilityKind> kinds)
    {
        var words = kinds.Select((k, i) => i == 0 ? k.Label : char.ToLowerInvariant(k.Label[0]) + k.Label[1..]).ToList();
        return words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words[..^1])} og {words[^1]}";
    }
}
