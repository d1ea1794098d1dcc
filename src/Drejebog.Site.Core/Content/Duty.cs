namespace Drejebog.Site.Content;

/// <summary>One responsibility seen from the role's side: which milestone, and what kind.</summary>
public sealed record Duty(Milestone Milestone, Responsibility Responsibility);
