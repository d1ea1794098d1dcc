namespace Drejebog.Site.Tests.Support;

/// <summary>Tests that redirect the global <see cref="Console"/>; xunit runs them one at a time, apart from all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialConsole
{
    public const string Name = "Console";
}
