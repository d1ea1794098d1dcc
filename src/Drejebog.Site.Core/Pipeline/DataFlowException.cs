namespace Drejebog.Site.Pipeline;

/// <summary>
/// Modules that do not fit together: one needs a product no earlier module produces, or reads or
/// produces one it did not declare. A mistake in our code, never in the content.
/// </summary>
public sealed class DataFlowException(string message) : InvalidOperationException(message);
