using Drejebog.Site.Diagnostics;
using YamlDotNet.Core;

namespace Drejebog.Site.Yaml;

/// <summary>The first thing in a YAML text that breaks a <see cref="YamlLimits">limit</see> or refers to nothing, and where.</summary>
internal sealed record YamlProblem(Mark Start, ErrorCode Code, object?[] Args);
