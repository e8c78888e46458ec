using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Tests.Hosting;

[Collection(RealSite.Name)]
public class RequestLimitTests(PortalFactory factory)
{
    [Fact]
    public void KestrelTakesItsBodyAndHeaderLimitsFromAppsettings()
    {
        var limits = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        Assert.Equal(64 * 1024, limits.MaxRequestBodySize);
        Assert.Equal(32 * 1024, limits.MaxRequestHeadersTotalSize);
        // Above the site's own limit on an address, so that the site answers a long address with its reason, not Kestrel.
        Assert.Equal(32 * 1024, limits.MaxRequestLineSize);
        Assert.True(limits.MaxRequestLineSize > GsiPortal.Web.Requests.AddressLength.MaxTargetLength + 64);
        Assert.Equal(64, limits.MaxRequestHeaderCount);
    }
}
