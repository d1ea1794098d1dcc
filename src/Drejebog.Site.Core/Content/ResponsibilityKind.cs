namespace Drejebog.Site.Content;

/// <summary>The fixed vocabulary of what a role does in a milestone.</summary>
public sealed record ResponsibilityKind(string Id, string Label, string Description)
{
    public static readonly ResponsibilityKind Responsible = new("ansvarlig", "Ansvarlig", "Ejer resultatet og står til ansvar for det.");
    public static readonly ResponsibilityKind Performer = new("udfører", "Udfører", "Udfører arbejdet.");
    public static readonly ResponsibilityKind Approver = new("godkender", "Godkender", "Godkender, beslutter eller underskriver.");
    public static readonly ResponsibilityKind Participant = new("deltager", "Deltager", "Deltager, bidrager eller bliver hørt.");

    public static IReadOnlyList<ResponsibilityKind> All { get; } = [Responsible, Performer, Approver, Participant];

    public static ResponsibilityKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);
}
