using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Drejebog.Site.Output;

/// <summary>Reads <c>netlify.toml</c> as a plain table without reflection (the generator also runs compiled ahead of time).</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyTomlContext : TomlSerializerContext;
