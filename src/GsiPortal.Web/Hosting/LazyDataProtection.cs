namespace GsiPortal.Web.Hosting;

/// <summary>
/// ASP.NET Core's data protection (the key ring that signs antiforgery tokens and cookies) is registered by Razor Pages
/// with a hosted service that reads, or creates, the key ring at start-up. The site signs nothing: its pages ignore
/// antiforgery tokens and emit none, and it sets no cookie. Read at start, the key ring cost every process the XML
/// reader and OpenSSL's keyed algorithms, resident for its whole life (about 8 MB of the working set, docs/performance.md),
/// and a file in the user's profile. Without the hosted service data protection still works, made on its first use.
/// </summary>
public static class LazyDataProtection
{
    /// <summary>The hosted service that reads the key ring at start-up (internal to ASP.NET Core, so found by name).</summary>
    public const string EagerKeyRing = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection WithoutEagerKeyRing(this IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == EagerKeyRing)
                services.RemoveAt(i);
        return services;
    }
}
