using System.Reflection;

namespace GsiPortal.Core.Derived;

/// <summary>
/// What of the running code a derived file depends on: the module version ids of the assemblies that make it (the
/// compiler gives a deterministic build of the same source the same id, and any change of code a new one) and the
/// runtime's version (its culture tables and regular expressions decide what a word is). A file written by other
/// code is never read, so a deploy of a new build rebuilds at its first start.
/// </summary>
public static class CodeIdentity
{
    /// <summary>The identity of the given assemblies' code and of the runtime, as text to hash into a key.</summary>
    public static string Of(params Assembly[] assemblies) =>
        string.Join('\n', assemblies.Select(a => $"{a.GetName().Name} {a.ManifestModule.ModuleVersionId:N}").Append($".NET {Environment.Version}"));
}
