using System.Net;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// One mistake, one message: a passage asked of a page that does not have it (commitment 4's sentences 2 to 9, where
/// it has eight) is answered alike by every address that takes one — /cite's and /embed's <c>at=</c>, /embed's last
/// segment, /oembed's and /api/passages' <c>#</c> — with what the page has. /cite said "names no item, part or
/// commentary with the passage 's2-s9'" while /embed said "has sentences s1 to s8" (a fresh-eyes review).
/// </summary>
[Collection(RealSite.Name)]
public class PassageNotThereTests(PortalFactory factory)
{
    private const string Says = "Commitment 4: Indivisible security; legitimate concerns of all has sentences s1 to s8; “s2-s9” names none of them.";

    [Theory]
    [InlineData("/cite/paper/commitments/4?format=chicago&at=s2-s9")]
    [InlineData("/cite/paper/commitments/4?format=apa&sentence=2-9")]
    [InlineData("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2-s9")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4%23s2-s9")]
    public async Task AProgramsAddressSaysWhichSentencesTheItemHas(string address)
    {
        var detail = (await Problem.Of(factory.CreateClient(), address, HttpStatusCode.NotFound)).Detail();
        Assert.StartsWith(Says, detail);
    }

    [Theory]
    [InlineData("/embed/paper/commitments/4/s2-s9")]
    [InlineData("/embed/paper/commitments/4?at=s2-s9")]
    public async Task AnEmbedSaysTheSame(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Says, page.QuerySelector("main .not-found-reason")?.TextContent);
    }

    private const string Backwards = "Commitment 4: Indivisible security; legitimate concerns of all has sentences s1 to s8; “s7-s5” runs backwards: a range is written from its first sentence to its last, “s5-s7”.";

    [Theory]
    [InlineData("/cite/paper/commitments/4?format=chicago&at=s7-s5")]
    [InlineData("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s7-s5")]
    public async Task ARangeWrittenBackwardsIsSaidToBe(string address)
    {
        // It said "“s7-s5” names none of them", though the item has both ends (review 19, D4).
        var detail = (await Problem.Of(factory.CreateClient(), address, HttpStatusCode.NotFound)).Detail();
        Assert.StartsWith(Backwards, detail);
    }

    [Fact]
    public async Task AnEmbedSaysABackwardsRangeIsSo()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/embed/paper/commitments/4?at=s7-s5");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Backwards, page.QuerySelector("main .not-found-reason")?.TextContent);
    }

    [Theory]
    // A sentence 0 was read as none, and the reference widened to the whole commitment with a 200 (review 19, D1).
    [InlineData("II.4:s0", "Commitment 4 has eight sentences; 'II.4:s0' names none.")]
    [InlineData("II.4:s0-s3", "Commitment 4 has eight sentences; 'II.4:s0-s3' names none.")]
    [InlineData("II.4:s9", "Commitment 4 has eight sentences; 'II.4:s9' names none.")]
    [InlineData("II.4:s8-s1", "'II.4:s8-s1' runs backwards, from sentence 8 to sentence 1: write the lower number first.")]
    public async Task AReferencesSentencesThatAreNotThereAreRefusedAlike(string reference, string reason)
    {
        var detail = (await Problem.Of(factory.CreateClient(), $"/api/passages?reference={Uri.EscapeDataString(reference)}", HttpStatusCode.NotFound)).Detail();
        Assert.Contains(reason, detail);
    }

    [Fact]
    public async Task TheCitationSaysWhereTheWholeIsCited()
    {
        var client = factory.CreateClient();
        var detail = (await Problem.Of(client, "/cite/paper/commitments/4?format=chicago&at=s2-s9", HttpStatusCode.NotFound)).Detail();
        Assert.EndsWith("The whole is cited at /cite/paper/commitments/4?format=chicago.", detail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cite/paper/commitments/4?format=chicago")).StatusCode);
    }

    /// <summary>
    /// Review 21, D8: <c>at=zz</c> is no pinpoint at all, and was answered 404 "Nothing to cite at this address" as if the
    /// place were missing; now 400 with the forms a pinpoint takes. A well-formed one naming nothing stays 404.
    /// </summary>
    [Theory]
    [InlineData("/cite/paper/priorities/5?format=apa&at=zz", "zz")]
    [InlineData("/cite/commentaries/ovais-ali-khokhar?format=chicago&at=para-4", "para-4")]
    public async Task AMalformedPinpointIsABadRequest(string address, string at)
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), address);
        Assert.Equal("Invalid pinpoint", problem.GetProperty("title").GetString());
        Assert.Contains($"“{at}” is none of these.", problem.Detail());
    }

    [Theory]
    [InlineData("/cite/paper/priorities/5?format=apa&at=s99")]
    [InlineData("/cite/paper?format=apa&at=priority-55")]
    [InlineData("/cite/commentaries/ovais-ali-khokhar?format=chicago&at=p99")]
    public async Task AWellFormedPinpointNamingNothingIsStillNotFound(string address) =>
        await Problem.Of(factory.CreateClient(), address, HttpStatusCode.NotFound);

    [Fact]
    public async Task APageThatIsNoneStillSaysSo()
    {
        var detail = (await Problem.Of(factory.CreateClient(), "/cite/paper/commitments/99?format=chicago&at=s2", HttpStatusCode.NotFound)).Detail();
        Assert.StartsWith("/paper/commitments/99 names no item, part or commentary.", detail);
    }
}
