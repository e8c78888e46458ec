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
        Assert.Equal(8 * 1024, limits.MaxRequestLineSize);
        Assert.Equal(64, limits.MaxRequestHeaderCount);
    }
}
