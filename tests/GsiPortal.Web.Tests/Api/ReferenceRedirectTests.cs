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
    [InlineData("/ref/II.4:s2", "/paper/commitments/4#s2")]
    [InlineData("/ref/Khokhar%20%C2%B64", "/commentaries/ovais-ali-khokhar#p4")]
    [InlineData("/ref/Part%20II,%20paragraph%202", "/paper/commitments/2")]
    [InlineData("/ref/Background%20%C2%B63", "/paper/background#background-p3")]
    public async Task ShortReferencesRedirectPermanently(string reference, string target)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(reference);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MovedPermanently, HttpStatusCode.PermanentRedirect });
        Assert.Equal(target, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery + response.Headers.Location.Fragment : response.Headers.Location.OriginalString);
    }
}
