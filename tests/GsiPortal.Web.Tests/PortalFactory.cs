using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GsiPortal.Web.Tests;

/// <summary>
/// The site in a test host, on the real content unless a test names another folder. One instance is shared
/// per test class through <see cref="IClassFixture{T}"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>A content folder other than the real one, for fixtures.</summary>
    public string? ContentPath { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (ContentPath is not null) builder.UseSetting("Portal:ContentPath", ContentPath);
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
