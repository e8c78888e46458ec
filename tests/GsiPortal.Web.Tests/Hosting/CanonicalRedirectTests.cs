using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>Alternative spellings of an address redirect permanently to the canonical one.</summary>
[Collection(RealSite.Name)]
public class CanonicalRedirectTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/commitments/4/", "/paper/commitments/4")]
    [InlineData("/Paper/Commitments/4", "/paper/commitments/4")]
    [InlineData("/paper/commitment/4", "/paper/commitments/4")]
    [InlineData("/paper/ii/4", "/paper/commitments/4")]
    [InlineData("/paper/II/4", "/paper/commitments/4")]
    [InlineData("/paper/2/4", "/paper/commitments/4")]
    [InlineData("/paper/priority/12", "/paper/priorities/12")]
    [InlineData("/COMMENTARIES/LEI-KEZHONG/", "/commentaries/lei-kezhong")]
    [InlineData("/paper/commitments/4/?highlight=peace", "/paper/commitments/4?highlight=peace")]
    public async Task AlternativeSpellingsRedirectWith308(string address, string canonical)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }
}
