namespace Drejebog.Site.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop the build before anything is written.</summary>
public enum Severity
{
    Error,
    Warning,
}
