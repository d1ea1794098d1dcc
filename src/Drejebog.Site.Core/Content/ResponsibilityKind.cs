namespace Drejebog.Site.Content;

/// <summary>The fixed vocabulary of what a role does in a milestone.</summary>
public sealed record ResponsibilityKind(string Id, string Label, string Description)
{
    public static readonly ResponsibilityKind Responsible = new("ansvarlig", "Ansvarlig", "Ejer resultatet og står til ansvar for det.");
    public static readonly ResponsibilityKind Performer = new("udfører", "Udfører", "Udfører arbejdet.");
    public static readonly ResponsibilityKind Approver = new("godkender", "Godkender", "Godkender, beslutter eller underskriver.");
    public static readonly ResponsibilityKind Participant = new("deltager", "Deltager", "Deltager, bidrager eller bliver hørt.");

    public static IReadOnlyList<ResponsibilityKind> All { get; } = [Responsible, Performer, Approver, Participant];

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
