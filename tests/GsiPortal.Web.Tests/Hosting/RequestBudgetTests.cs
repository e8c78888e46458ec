using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// A request's work is stopped when its time budget is spent, and answered 503 with Retry-After and what to do, rather
/// than running on (issue #21).
/// </summary>
/// <remarks>
/// The budget is spent by the host's clock, not by a millisecond's timer: a timer of 1 ms raced the audit, and a quick
/// run once finished the audit first (200). On <see cref="SpentClock"/> every timer has run out as it is made, so the
/// budget is spent when the handler starts it and the first check in the core's work stops it, on any machine.
/// </remarks>
public sealed class RequestBudgetTests : IDisposable
{
    private readonly PortalFactory factory = new() { Settings = { ["Portal:RequestBudgetMilliseconds"] = "1" }, Clock = new SpentClock() };

    public void Dispose() => factory.Dispose();

    /// <summary>A clock on which the time of every timer has already passed: its callback runs as the timer is made.</summary>
    private sealed class SpentClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan) callback(state);
            return new Spent();
        }

        private sealed class Spent : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    // An audit of many different quotations: work that would run well past a budget of a millisecond.
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
