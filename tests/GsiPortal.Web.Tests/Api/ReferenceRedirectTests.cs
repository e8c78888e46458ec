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
    [InlineData("/ref/II.4.3", "/paper/commitments/4#s3")]
    // Part I numbers no items: its number after the dot is the paragraph's, as the site prints "Part I: Background, ¶3".
    [InlineData("/ref/I.3", "/paper/background#background-p3")]
    [InlineData("/ref/I.3.5", "/paper/background#background-p3-s5")]
    [InlineData("/ref/Khokhar%204", "/commentaries/ovais-ali-khokhar#p4")]
    // Several items of one part: the part's page at the first, where the rest follow — not the first item alone.
    [InlineData("/ref/II.4-II.5", "/paper/commitments#commitment-4")]
    [InlineData("/ref/priorities%203%E2%80%935", "/paper/priorities#priority-3")]
    // Items in Roman numerals, as /how-to-cite promises.
    [InlineData("/ref/II.IV", "/paper/commitments/4")]
    [InlineData("/ref/ii.iv", "/paper/commitments/4")]
    [InlineData("/ref/2.IV", "/paper/commitments/4")]
    [InlineData("/ref/II.IV.3", "/paper/commitments/4#s3")]
    public async Task ShortReferencesRedirectPermanently(string reference, string target)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(reference);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MovedPermanently, HttpStatusCode.PermanentRedirect });
        Assert.Equal(target, response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery + response.Headers.Location.Fragment : response.Headers.Location.OriginalString);
    }

    [Theory]
    [InlineData("/ref/III.21", "the paper has twenty priorities; 'III.21' names none.")]
    [InlineData("/ref/Dong%20%C2%B699", "Dong Chunling's commentary has eighteen paragraphs, numbered 1 to 18; 'Dong ¶99' names none.")]
    [InlineData("/ref/I.9", "Part I has three paragraphs; 'I.9' names none.")]
    [InlineData("/ref/II.4:s9", "Commitment 4 has eight sentences; 'II.4:s9' names none.")]
    // A sentence 0 was read as no sentence, and the reference widened silently to the whole commitment (review 19, D1).
    [InlineData("/ref/II.4:s0", "Commitment 4 has eight sentences; 'II.4:s0' names none.")]
    [InlineData("/ref/II.4:s0-s3", "Commitment 4 has eight sentences; 'II.4:s0-s3' names none.")]
    [InlineData("/ref/II.4:s8-s1", "'II.4:s8-s1' runs backwards, from sentence 8 to sentence 1: write the lower number first.")]
    public async Task AReferenceToNothingIsAHelpful404SayingWhy(string reference, string reason)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), reference);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"This reference names nothing: {reason}", page.QuerySelector("p.not-found-reason")!.TextContent);
    }

    [Fact]
    public async Task EveryPinpointTheHomePagePrintsRedirectsWhereItsLinkGoes()
    {
        var (_, home) = await Html.Get(factory.CreateClient(), "/");
        var cited = home.QuerySelectorAll("blockquote footer a");
        Assert.NotEmpty(cited);
        var client = factory.CreateNonRedirectingClient();
        foreach (var link in cited)
        {
            var response = await client.GetAsync($"/ref/{Uri.EscapeDataString(link.TextContent)}");
            Assert.True(response.StatusCode == HttpStatusCode.PermanentRedirect, $"/ref/{link.TextContent}: {(int)response.StatusCode}");
            var location = response.Headers.Location!;
            Assert.Equal(link.GetAttribute("href"), location.IsAbsoluteUri ? location.PathAndQuery + location.Fragment : location.OriginalString);
        }
    }

    [Fact]
    public async Task AnAddressThatIsNoReferenceIsNotAnsweredAsAReference()
    {
        // /paper/commitments/9 is a page's address, not a reference: its 404 says what the part has (ItemBeyondPartTests),
        // never the reference grammar's "This reference names nothing".
        var (response, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/9");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("This reference names nothing", Html.MainText(page));
        Assert.StartsWith("Part II has 6 commitments", page.QuerySelector("p.not-found-reason")!.TextContent);
    }
}
