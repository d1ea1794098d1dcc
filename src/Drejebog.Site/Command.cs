namespace Drejebog.Site.Cli;

/// <summary>The commands <c>drejebog</c> runs; each takes its own options (<see cref="CommandOptions"/>).</summary>
internal enum Command
{
    Build,
    Check,
    Preview,
}
