using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site signs nothing, so the data-protection key ring is not read (or created) at every start — it held the XML
/// reader and OpenSSL's keyed algorithms resident — yet data protection still works for whatever asks for it.
/// </summary>
[Collection(RealSite.Name)]
public class LazyDataProtectionTests(PortalFactory factory)
{
    [Fact]
    public void NoHostedServiceReadsTheKeyRingAtStart()
    {
        // The name is ASP.NET Core's own: were it misspelt, nothing would be removed and this test would pass regardless.
        Assert.NotNull(typeof(DataProtectionOptions).Assembly.GetType(GsiPortal.Web.Hosting.LazyDataProtection.EagerKeyRing));
        var started = factory.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();
        Assert.NotEmpty(started);
        Assert.DoesNotContain(GsiPortal.Web.Hosting.LazyDataProtection.EagerKeyRing, started);
    }

    [Fact]
    public void DataProtectionStillProtectsAndUnprotectsWhenAsked()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("LazyDataProtectionTests");
        Assert.Equal("a passage", protector.Unprotect(protector.Protect("a passage")));
    }

    [Fact]
    public async Task NoPageOffersAnAntiforgeryTokenThatWouldNeedTheKeyRing()
    {
        var client = factory.CreateClient();
        foreach (var page in new[] { "/", "/paper", "/paper/commitments/4", "/search?q=peace", "/quote-check", "/coverage" })
            Assert.DoesNotContain("__RequestVerificationToken", await client.GetStringAsync(page));
    }
}
