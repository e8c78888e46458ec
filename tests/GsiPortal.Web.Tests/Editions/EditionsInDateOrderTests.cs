using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// Every list of editions and changes is newest first by date, and within a day by when each was made — on the real
/// history, read from this repository's git as a fresh deployment reads it. Before, /editions and /api/editions followed
/// the order the editions were made in, so the edition of 30 November 2026 made before the changelog existed
/// (32a1c5fb562c, dated by its day) stood between two that state 25 November; and a day's changelog entries stood in
/// the order of their ids on /changes and in the feed, whose entries all said midnight.
/// </summary>
public sealed class EditionsInDateOrderTests : IClassFixture<ImportedHistory>
{
    private readonly HttpClient client;
    public EditionsInDateOrderTests(ImportedHistory history) => client = history.Client;

    private sealed record Listed(string Version, DateOnly Date, DateTimeOffset? Made, string? After);

    private async Task<List<Listed>> Api()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        return json.RootElement.GetProperty("editions").EnumerateArray().Select(e => new Listed(
            e.GetProperty("version").GetString()!, DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.GetProperty("made").ValueKind == JsonValueKind.Null ? null : e.GetProperty("made").GetDateTimeOffset(),
            e.GetProperty("after").GetString())).ToList();
    }

    /// <summary>Newest first by date, then by the time made (null, not yet archived, counts as newest).</summary>
    private static void AssertNewestFirst<T>(IReadOnlyList<T> items, Func<T, DateOnly> date, Func<T, DateTimeOffset?> made, Func<T, string> name)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var (newer, older) = (items[i - 1], items[i]);
            Assert.True(date(newer) > date(older) || (date(newer) == date(older) && (made(newer) ?? DateTimeOffset.MaxValue) >= (made(older) ?? DateTimeOffset.MaxValue)),
                $"{name(newer)} ({date(newer)}, {made(newer):u}) is listed above {name(older)} ({date(older)}, {made(older):u})");
        }
    }

    [Fact]
    public async Task TheApiListsEditionsByDateAndEachNamesTheEditionItFollowed()
    {
        var editions = await Api();
        Assert.True(editions.Count > 10, $"{editions.Count} editions: the history was not read");
        AssertNewestFirst(editions, e => e.Date, e => e.Made, e => e.Version);
        // The one it followed is the one made just before it, wherever the list puts it.
        var byMade = editions.Where(e => e.Made is not null).OrderBy(e => e.Made).ToList();
        for (var i = 1; i < byMade.Count; i++) Assert.Equal(byMade[i - 1].Version, byMade[i].After);
        Assert.Null(byMade[0].After);
    }

    [Fact]
    public async Task TheEditionsPageListsThemByDateAndNamesTheEditionEachIsComparedWith()
    {
        var api = (await Api()).ToDictionary(e => e.Version);
        var (_, page) = await Html.Get(client, "/editions");
        var entries = page.QuerySelectorAll("li.edition-entry").ToList();
        Assert.Equal(api.Count, entries.Count);
        var versions = entries.Select(e => e.GetAttribute("data-version")!).ToList();
        AssertNewestFirst(versions, v => DateOnly.ParseExact(entries[versions.IndexOf(v)].QuerySelector("h2 time")!.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            v => api[v].Made, v => v);
        foreach (var entry in entries)
        {
            var after = api[entry.GetAttribute("data-version")!].After;
            var named = entry.QuerySelector("p.edition-before a");
            if (after is null) Assert.Null(named);
            else
            {
                Assert.Equal("#" + after, named?.GetAttribute("href"));
                Assert.Contains($"({after})", named!.TextContent);
            }
        }
    }

    [Fact]
    public async Task AnEditionThatKeptNoChangelogIsCitedByItsDateAndIdAsEveryOtherIs()
    {
        // The first edition (23 November 2026) kept no changelog, and its citations named it "GsiPortal edition
        // 725123a2bbff" without a date (fresh-eyes review), against the rule that an edition is named by both.
        var first = (await Api()).Single(e => e.After is null);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/editions/{first.Version}/api/passages?address=%2Fpaper%2Fcommitments%2F4"));
        var citation = json.RootElement.GetProperty("citation").GetProperty("text").GetString()!;
        var date = first.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"edition of {date} ({first.Version})", citation);
    }

    [Fact]
    public async Task AnEntryRecordedAfterItsChangeStandsUnderTheEditionThatFirstHadIt()
    {
        // The editors' labels of 25 November 2026 were first served in 90de30ba70bf and written down when the changelog
        // was begun, in 53113ba71ae5; the entry names the first (edition: in content/changes.md). /editions listed it
        // under the second, and said of the first "No changelog entry was first made in this edition", while /changes
        // said "first served in …" of it (a fresh-eyes review).
        var (_, changes) = await Html.Get(client, "/changes");
        var labels = changes.QuerySelector("li#editors-labels .change-editions")!;
        Assert.Equal("90de30ba70bf", labels.GetAttribute("data-edition"));
        Assert.Contains(labels.QuerySelectorAll("a"), a => a.TextContent == "before");
        var (_, editions) = await Html.Get(client, "/editions");
        string Section(string id) => editions.GetElementById(id)!.TextContent;
        Assert.Contains("Editors' labels added as headings for the twenty priorities", Section("90de30ba70bf"));
        Assert.DoesNotContain("No change is listed as first made", Section("90de30ba70bf"));
        Assert.DoesNotContain("Editors' labels added as headings for the twenty priorities", Section("53113ba71ae5"));
        Assert.Contains("No change is listed as first made", Section("53113ba71ae5"));
        // The first edition's entry stands under the first edition.
        Assert.Contains("First edition: the Concept Paper and four commentaries", Section("725123a2bbff"));
        // Every entry an edition lists says it was first served there: none names another edition as that.
        foreach (var section in editions.QuerySelectorAll("[id]").Where(e => e.Id is { Length: 12 } id && id.All(char.IsAsciiHexDigitLower)))
            foreach (System.Text.RegularExpressions.Match named in System.Text.RegularExpressions.Regex.Matches(section.QuerySelector("ul.edition-changes")?.TextContent ?? "", @"first served in the edition of [^(]*\((\w{12})\)"))
                Assert.Equal(section.Id, named.Groups[1].Value);
    }

    [Fact]
    public async Task TheChangesPageAndFeedListADaysEntriesByWhenEachFirstAppeared()
    {
        var made = (await Api()).ToDictionary(e => e.Version, e => e.Made);
        var (_, page) = await Html.Get(client, "/changes");
        var entries = page.QuerySelectorAll("ol.changes > li.change").Select(li => (
            Id: li.Id!,
            Date: DateOnly.ParseExact(li.QuerySelector("h2 time")!.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Made: li.QuerySelector(".change-editions")?.GetAttribute("data-edition") is { } edition ? made[edition] : null)).ToList();
        // A day holding several entries, to see them ordered within it (not the newest day: the editors' next entry may be alone on its own).
        var busiest = entries.GroupBy(e => e.Date).MaxBy(g => g.Count())!.Key;
        Assert.True(entries.Count(e => e.Date == busiest) > 1, "no day holds two entries: nothing to order");
        AssertNewestFirst(entries, e => e.Date, e => e.Made, e => e.Id);

        var feed = XDocument.Parse(await client.GetStringAsync("/changes.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value.Split('#')[1]).ToList();
        Assert.Equal(entries.Select(e => e.Id), links);
        var updated = feed.Root.Elements(atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        // A time is given where the entry first appeared on its own day, so a feed reader orders the day as the page does.
        Assert.Equal(entries.Count(e => e.Date == busiest), updated.Count(u => DateOnly.FromDateTime(u.UtcDateTime) == busiest));
    }
}
