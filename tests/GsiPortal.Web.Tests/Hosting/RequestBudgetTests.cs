using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// A request's work is stopped when its time budget is spent, and answered 503 with Retry-After and what to do, rather
/// than running on (issue #21). The budget is set to a millisecond here, so an audit of 200 quotations runs out of it.
/// </summary>
public sealed class RequestBudgetTests : IDisposable
{
    private readonly PortalFactory factory = new() { Settings = { ["Portal:RequestBudgetMilliseconds"] = "1" } };

    public void Dispose() => factory.Dispose();

    // Each quotation differs (its number inside the marks), so that nothing shared between checks of the same words can
    // shorten the audit to within the budget. With one quotation repeated 300 times the page once answered 200 in a
    // full run on a loaded machine (not reproduced alone); every quotation now costs a whole check.
    private static readonly string Article = string.Concat(Enumerable.Range(0, 300).Select(i =>
        $"Paragraph {i}: “Humanity is an indivisible security community {i}, and security of one country should not come at the expense of that of others.”\n\n"));

    [Fact]
    public async Task TheApiAnswers503WithWhatToDoWhenTheBudgetIsSpent()
    {
        var response = await factory.CreateClient().PostAsync("/api/quote-audit", new StringContent(JsonSerializer.Serialize(new { article = Article }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Try again", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ThePageSaysSoInItsOwnFormWhenTheBudgetIsSpent()
    {
        var response = await factory.CreateClient().PostAsync("/quote-check/audit", new FormUrlEncodedContent([new("article", Article)]));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Try again", page.QuerySelector("[role=alert]")?.TextContent);
    }
}
