using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Content;

/// <summary>An address a page used to have (<c>redirect_from</c>), normalised, with where it is written.</summary>
/// <param name="Url">A site path ending with <c>/</c> or <c>.html</c>, e.g. <c>/milepaele/gammelt-id/</c>.</param>
/// <param name="Position">Where the path is written in the front matter.</param>
public sealed record FormerUrl(string Url, SourcePosition Position);
