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
    [InlineData("/paper/commitments/04", "/paper/commitments/4")]
    [InlineData("/paper/priorities/07?highlight=peace", "/paper/priorities/7?highlight=peace")]
    [InlineData("/paper/platforms/%2B5", "/paper/platforms/5")]
    [InlineData("/paper/commitments/04/commentaries?a=lei-kezhong", "/paper/commitments/4/commentaries?a=lei-kezhong")]
    [InlineData("/compare/priorities/020", "/compare/priorities/20")]
    [InlineData("/embed/paper/commitments/04", "/embed/paper/commitments/4")]
    [InlineData("/cite/paper/commitments/04?format=ris", "/cite/paper/commitments/4?format=ris")]
    // An item's number in Roman numerals, any case (/paper/commitments/IV redirected to …/iv, a 404).
    [InlineData("/paper/commitments/IV", "/paper/commitments/4")]
    [InlineData("/paper/priorities/xii?highlight=peace", "/paper/priorities/12?highlight=peace")]
    [InlineData("/paper/commitments/IV/commentaries?a=lei-kezhong", "/paper/commitments/4/commentaries?a=lei-kezhong")]
    [InlineData("/paper/platforms/V/passages", "/paper/platforms/5/passages")]
    [InlineData("/compare/priorities/XX", "/compare/priorities/20")]
    [InlineData("/embed/paper/commitments/IV", "/embed/paper/commitments/4")]
    [InlineData("/cite/paper/commitments/IV?format=ris", "/cite/paper/commitments/4?format=ris")]
    // The paper's numbering after /paper/ (/paper/II.4 was lowered to /paper/ii.4, a 404: a fresh-eyes review).
    [InlineData("/paper/II.4", "/paper/commitments/4")]
    [InlineData("/paper/III.11?highlight=peace", "/paper/priorities/11?highlight=peace")]
    [InlineData("/paper/II.4:s2", "/paper/commitments/4#s2")]
    // A short reference straight after the host, as /ref/ reads it (/II.4 was lowered to /ii.4, a 404: review 18, D8).
    [InlineData("/II.4", "/paper/commitments/4")]
    [InlineData("/ii.4", "/paper/commitments/4")]
    [InlineData("/III.12:s2?highlight=peace", "/paper/priorities/12?highlight=peace#s2")]
    [InlineData("/Khokhar%20%C2%B64", "/commentaries/ovais-ali-khokhar#p4")]
    public async Task AlternativeSpellingsRedirectWith308(string address, string canonical)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// Every run of slashes is collapsed in the one redirect, which lands on the page: only the leading run was, so
    /// <c>//paper//commitments/4</c> went to <c>/paper//commitments/4</c>, a 404 (review 18, D8).
    /// </summary>
    [Theory]
    [InlineData("//paper//commitments/4", "/paper/commitments/4")]
    [InlineData("/paper///commitments//4//", "/paper/commitments/4")]
    [InlineData("//Commentaries//Lei-Kezhong", "/commentaries/lei-kezhong")]
    [InlineData("/api//passages?reference=II.4", "/api/passages?reference=II.4")]
    public async Task RunsOfSlashesCollapseInOneRedirectThatLands(string address, string canonical)
    {
        var client = factory.CreateNonRedirectingClient();
        var response = await client.GetAsync(new Uri(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + address));
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(canonical)).StatusCode);
    }

    /// <summary>
    /// A '#' the client sent (as %23) is part of the segment, not a fragment: escaped with it. Read as a fragment, a
    /// control character after it went into the Location header unescaped and the answer was a 500 (RawSocketFuzzTests,
    /// seed 256712928: <c>GET /%55%AD%24%B5%7E%A0%D5%23%C6%0C</c>).
    /// </summary>
    [Theory]
    // Each redirected to a respelling that names nothing, a 404 at an address the reader never wrote (review 19, D13).
    [InlineData("/paper/commitments/Four")]
    [InlineData("/paper/commitments/%E2%85%A3")]
    [InlineData("/paper/commitments/%E0%A4%A")]
    [InlineData("/commentaries/Nobody-Here")]
    public async Task ARespellingThatNamesNothingIsNotRedirectedTo(string address)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Null(response.Headers.Location);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{address}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/%55%AD%24%B5%7E%A0%D5%23%C6%0C")]
    [InlineData("/Paper/A%23%0C")]
    public async Task AnEncodedHashInAPathIsNeverReadAsAFragment(string address)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.True(response.StatusCode is HttpStatusCode.PermanentRedirect or HttpStatusCode.NotFound, $"{response.StatusCode}");
        if (response.Headers.Location is { } location) Assert.DoesNotContain('#', location.OriginalString);
    }
}
