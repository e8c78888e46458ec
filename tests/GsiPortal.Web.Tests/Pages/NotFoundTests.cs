using System.Net;

namespace GsiPortal.Web.Tests.Pages;

[Collection(RealSite.Name)]
public class NotFoundTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/paper/commitments/7")]
    [InlineData("/paper/commitments/0")]
    [InlineData("/paper/commitments/four")]
    [InlineData("/paper/priorities/21")]
    [InlineData("/paper/chapters")]
    [InlineData("/commentaries/nobody")]
    [InlineData("/ref/IX.1")]
    [InlineData("/ref/II.7")]
    [InlineData("/ref/nonsense")]
    [InlineData("/commentaries/..%2f..%2fetc%2fpasswd")]
    [InlineData("/no/such/page")]
    public async Task AnAddressThatNamesNothingAnswersAHelpful404(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main a[href='/paper']"));
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.DoesNotContain("passwd", Html.MainText(page));
    }

    [Fact]
    public async Task AKeyTermsAddressThatNamesNoneSaysSoAndWhereTheyAreListed()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/terms/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var reason = page.QuerySelector("main .not-found-reason")?.TextContent;
        Assert.Equal("No key term has the address /terms/nope. The key terms are listed at /terms.", reason);
    }

    [Theory]
    [InlineData("/embed/paper/commitments/4/s99", "Commitment 4: Indivisible security; legitimate concerns of all has sentences s1 to s")]
    [InlineData("/embed/commentaries/ovais-ali-khokhar/p4/s99", "has sentences s1 to s")]
    [InlineData("/embed/nope", "Nothing to embed at this address.")]
    [InlineData("/embed/paper", "is too long to embed whole")]
    public async Task AnEmbedAddressThatNamesNothingToEmbedSaysWhatWould(string address, string said)
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var reason = page.QuerySelector("main .not-found-reason")?.TextContent ?? "";
        Assert.Contains(said, reason);
        // Every embed address the answer offers is one: each opens an embed.
        var offered = System.Text.RegularExpressions.Regex.Matches(reason, @"/embed/[a-z0-9/-]+[a-z0-9]").Select(m => m.Value).ToList();
        Assert.NotEmpty(offered);
        foreach (var embed in offered)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(embed)).StatusCode);
    }
}
