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
}
