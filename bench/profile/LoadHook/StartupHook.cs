// Which code loads an assembly: every assembly the process loads, one line each with the time, and for those whose
// name begins with one of LOADHOOK_NAMES (commas) the stack that loaded it. Run the site with
//   DOTNET_STARTUP_HOOKS=<this build>/LoadHook.dll LOADHOOK_NAMES=System.Linq.Expressions,ModelContextProtocol LOADHOOK_OUT=/tmp/loads.txt
// (docs/performance.md, the twenty-first session). The runtime calls Initialize before the site's Main.

/// <summary>The runtime's start-up hook: a type of this name, outside any namespace, with a static Initialize.</summary>
internal static class StartupHook
{
    private static readonly object Gate = new();

    public static void Initialize()
    {
        var watched = (Environment.GetEnvironmentVariable("LOADHOOK_NAMES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var output = Environment.GetEnvironmentVariable("LOADHOOK_OUT") ?? Path.Combine(Path.GetTempPath(), "loads.txt");
        AppDomain.CurrentDomain.AssemblyLoad += (_, loaded) =>
        {
            var name = loaded.LoadedAssembly.GetName().Name ?? "";
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {name}\n";
            if (watched.Any(w => name.StartsWith(w, StringComparison.Ordinal))) line += Environment.StackTrace + "\n\n";
            lock (Gate) File.AppendAllText(output, line);
        };
    }
}
