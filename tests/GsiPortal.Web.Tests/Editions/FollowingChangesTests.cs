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
public sealed class FollowingChangesTests : IClassFixture<ImportedHistory>
{
    private readonly ImportedHistory history;
    public FollowingChangesTests(ImportedHistory history) => this.history = history;

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
