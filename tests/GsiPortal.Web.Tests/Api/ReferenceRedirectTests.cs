using System.Net;

namespace GsiPortal.Web.Tests.Api;

[Collection(RealSite.Name)]
public class ReferenceRedirectTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/ref/II.4", "/paper/commitments/4")]
    [InlineData("/ref/ii.4", "/paper/commitments/4")]
    [InlineData("/ref/2.4", "/paper/commitments/4")]
    [InlineData("/ref/III.12", "/paper/priorities/12")]
    [InlineData("/ref/IV.3", "/paper/platforms/3")]
    [InlineData("/ref/I", "/paper/background")]
    [InlineData("/ref/iii", "/paper/priorities")]
    public async Task ShortReferencesRedirectPermanently(string reference, string target)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(reference);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MovedPermanently, HttpStatusCode.PermanentRedirect });
        Assert.Equal(target, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }
}
