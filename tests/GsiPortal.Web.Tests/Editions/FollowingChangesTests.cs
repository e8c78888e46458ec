using System.Diagnostics;
using System.Net;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// A reader clicking through /changes — each entry's "before" and "after", "as it was" and "as changed" — is served
/// every page: that is ordinary use of the changelog, on the real history as a fresh deployment imports it. Before, the
/// fifth such link met a 503 page listing every edition: one edition kept, so an entry's two editions were built in
/// turn at each click, and six builds a minute for the whole site.
/// </summary>
public sealed class FollowingChangesTests : IClassFixture<FollowingChangesTests.History>
{
    /// <summary>
    /// The system's clock moved on by hand: the rate of builds is counted in it, so a reader's pace (a few seconds on
    /// each page) is stepped, never waited for.
    /// </summary>
    public sealed class ReaderClock : TimeProvider
    {
        private long skipped; // in Stopwatch ticks
        public void Advance(TimeSpan by) => Interlocked.Add(ref skipped, (long)(by.TotalSeconds * Stopwatch.Frequency));
        public override long TimestampFrequency => Stopwatch.Frequency;
        public override long GetTimestamp() => Stopwatch.GetTimestamp() + Interlocked.Read(ref skipped);
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddSeconds(Interlocked.Read(ref skipped) / (double)Stopwatch.Frequency);
    }

    /// <summary>The site on the real content with its git history imported (once for the class; waits for the import's task, never for a time).</summary>
    public sealed class History : IAsyncLifetime
    {
        public ReaderClock Clock { get; } = new();
        private PortalFactory factory = null!;
        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            factory = new PortalFactory { Settings = new() { ["Portal:ImportGitHistory"] = "true" }, Clock = Clock };
            Client = factory.CreateClient();
            await Client.GetAsync("/");
            var import = factory.Services.GetRequiredService<GitHistoryImport>();
            await import.Completion.WaitAsync(TimeSpan.FromMinutes(10));
            Assert.Equal(GitHistoryKind.Imported, import.State.Kind);
        }

        public Task DisposeAsync()
        {
            factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly History history;
    public FollowingChangesTests(History history) => this.history = history;

    [Theory]
    [InlineData("glossary-major-countries", "c9b5d0ae7bc6", "bae16a670333")]
    [InlineData("glossary-climate-change", "bae16a670333", "19bfdb4a2974")]
    public async Task AGlossaryChangeRecordedLaterIsShownInTheEditionThatFirstHadIt(string id, string made, string before)
    {
        // The two glossary edits of 5 December 2026 were served without a changelog entry ("No changelog entry was
        // first made in this edition"); recorded since, each names the edition that first had it, and /changes compares
        // that one with the one before it, not the edition that first listed the entry with the one before that.
        var (_, changes) = await Html.Get(history.Client, "/changes");
        var entry = changes.QuerySelector($"li#{id}");
        Assert.NotNull(entry);
        var editions = entry!.QuerySelector(".change-editions")!;
        Assert.Equal(made, editions.GetAttribute("data-edition"));
        Assert.Contains($"after the edition of 5 December 2026 ({before})", Html.Folded(editions.TextContent));
        Assert.Contains($"/editions/{before}/paper", editions.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("glossary", entry.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public async Task AReaderFollowingEveryEditionLinkOfChangesInTurnIsServedEachPage()
    {
        var (_, changes) = await Html.Get(history.Client, "/changes");
        var links = changes.QuerySelectorAll(".change-editions a[href^='/editions/']").Select(a => a.GetAttribute("href")!)
            .Where(href => !href.StartsWith("/editions#", StringComparison.Ordinal) && !href.StartsWith("/editions/compare", StringComparison.Ordinal)).ToList();
        var editions = links.Select(l => l.Split('/')[2]).Distinct().Count();
        Assert.True(editions >= 6, $"{links.Count} links to {editions} editions: the history was not read");

        var refused = new List<string>();
        foreach (var link in links)
        {
            // A reader's pace: a few seconds on each page before the next link.
            history.Clock.Advance(TimeSpan.FromSeconds(6));
            var response = await history.Client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK) refused.Add($"{link}: {(int)response.StatusCode}");
        }
        Assert.True(refused.Count == 0, $"{refused.Count} of {links.Count} links refused: {string.Join("; ", refused)}");
    }
}
