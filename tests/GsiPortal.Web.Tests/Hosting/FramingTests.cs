using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>No page but the embed pages may be framed by another site.</summary>
[Collection(RealSite.Name)]
public class FramingTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/paper/commitments/4")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4")]
    public async Task EveryOtherPageRefusesFraming(string address) =>
        Assert.Contains("frame-ancestors 'none'", (await factory.CreateClient().GetAsync(address)).Headers.GetValues("Content-Security-Policy").Single());
}
