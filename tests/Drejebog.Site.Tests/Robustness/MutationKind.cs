namespace Drejebog.Site.Tests.Robustness;

/// <summary>A named way to corrupt the site; <see cref="Apply"/> makes every choice with the given random source.</summary>
public sealed record MutationKind(string Name, Func<OriginalSite, Random, Mutation> Apply);
