namespace GsiPortal.Web.Hosting;

/// <summary>
/// The sockets' completions run on the thread that waits for them (the runtime's epoll thread) instead of being
/// handed to the thread pool first. Kestrel still hands the request to the pool (its own scheduling is left as it is),
/// so the site's code never runs on that thread; what goes is one hop a read and a write, and with it much of the thread
/// pool's spinning, which was a sixth of a distinct search's CPU on this 2-core machine (docs/performance.md: 161–165
/// → 134–139 µs of server CPU a search request, 10,200–10,400 → 12,100–12,500 distinct searches a second, quiet, A/B).
/// </summary>
/// <remarks>
/// The runtime reads <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c> once, when the first socket is made, and has
/// no other switch for it: so it is set here, before the host exists. An operator's own value of it is kept ("0"
/// turns it off).
/// </remarks>
public static class SocketCompletions
{
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Asks the process's environment for inline completions, unless it already says; returns the value in force.</summary>
    public static string PreferInline() => PreferInline(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

    /// <summary>The same, over any environment (tests).</summary>
    public static string PreferInline(Func<string, string?> read, Action<string, string> write)
    {
        if (read(Variable) is { Length: > 0 } chosen) return chosen;
        write(Variable, "1");
        return "1";
    }
}
