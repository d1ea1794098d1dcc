using YamlDotNet.RepresentationModel;

namespace Drejebog.Site.Yaml;

/// <summary>
/// A YAML text read into <see cref="Mapping"/>; or, when it could not be read (the error is
/// reported), null and the top-level <c>key: value</c> scalars that came before the error, so a
/// broken file's <c>id</c> is still known and references to it are not reported a second time.
/// </summary>
public sealed record YamlLoadResult(YamlMappingNode? Mapping, YamlMappingNode? ReadBeforeError)
{
    public static YamlLoadResult Failed(YamlMappingNode readBeforeError) => new(null, readBeforeError);
}
