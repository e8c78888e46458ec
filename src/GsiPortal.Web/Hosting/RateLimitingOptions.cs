namespace GsiPortal.Web.Hosting;

/// <summary>Settings under "RateLimiting": requests per client address to the search, the API and the quote check.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>False turns the limits off (<c>RateLimiting__Enabled=false</c>, for a load benchmark).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client address may make in a window. Default 120.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window's length in seconds. Default 60.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For is believed. Empty (the default): the connection's
    /// own address is the client's, and forwarded headers are ignored.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];
}
