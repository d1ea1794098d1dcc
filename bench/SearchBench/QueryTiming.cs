namespace Drejebog.Site.SearchBench;

/// <summary>
/// Milliseconds from the start (the input event, or navigation start for <c>?q=</c>) until the
/// results were in the DOM, and until the frame after that; and how many results the page reported.
/// </summary>
internal readonly record struct QueryTiming(double DomMs, double FrameMs, int Count);
