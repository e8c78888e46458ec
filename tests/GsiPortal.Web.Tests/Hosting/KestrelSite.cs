namespace GsiPortal.Web.Tests.Hosting;

/// <summary>A real Kestrel socket under the site, for what the in-memory test server cannot send.</summary>
public sealed class KestrelSite : IDisposable
{
    /// <summary>Configured as production must be (docs/deploy.md): here with AllowedHosts, so a foreign Host is refused.</summary>
    public PortalFactory Factory { get; } = new() { Settings = { ["AllowedHosts"] = "127.0.0.1;localhost" } };
    public Uri Address { get; }

    public KestrelSite()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        Address = Factory.ClientOptions.BaseAddress;
    }

    public void Dispose() => Factory.Dispose();
}
