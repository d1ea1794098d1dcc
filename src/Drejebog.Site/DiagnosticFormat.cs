namespace Drejebog.Site.Cli;

/// <summary>How <c>build</c> and <c>check</c> print diagnostics (<c>--format</c>).</summary>
internal enum DiagnosticFormat
{
    /// <summary><c>path:line:col: fejl DSnnn: message</c> on stderr, for editors and people.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands on stdout, which GitHub shows on the pull request's lines.</summary>
    GitHub,
}
