using GsiPortal.Core.Changes;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>
/// /changes and its feed order a day's entries by when each first appeared, and the feed's times say that order. An
/// entry of 6 December whose edition was archived after midnight (the served edition, archived when the site starts)
/// stood first on the page and said midnight in the feed, last of its day: CI failed after midnight UTC.
/// </summary>
public class ChangeOrderTests
{
    private static readonly DateOnly Day = new(2026, 12, 6);

    private static Change Entry(string id) => new(id, Day, ChangeKind.Annotated, ["paper"], "A change.");

    private static ArchivedEdition Edition(string id, DateTimeOffset made, params string[] changes) =>
        new(id, DateOnly.FromDateTime(made.UtcDateTime), made, "test", new Dictionary<string, string>(), null, changes);

    private static EditionCatalog Catalog(params ArchivedEdition[] editions) =>
        new(editions, new Dictionary<string, string>(), new Dictionary<string, string>(), [], PassageHistory.Empty, 0, 0);

    private static readonly ChangeLog Log = new([Entry("morning"), Entry("evening"), Entry("next-day")]);

    private static readonly EditionCatalog Archive = Catalog(
        Edition("aaaaaaaaaaaa", new DateTimeOffset(2026, 12, 6, 9, 4, 5, TimeSpan.Zero), "morning"),
        Edition("bbbbbbbbbbbb", new DateTimeOffset(2026, 12, 6, 17, 2, 10, TimeSpan.Zero), "morning", "evening"),
        Edition("cccccccccccc", new DateTimeOffset(2026, 12, 7, 0, 33, 0, TimeSpan.Zero), "morning", "evening", "next-day"));

    [Fact]
    public void AnEntryFirstArchivedTheNextDayIsTheNewestOfItsOwnDayOnThePageAndInTheFeed()
    {
        var order = ChangeOrder.NewestFirst(Log, Archive);
        Assert.Equal(["next-day", "evening", "morning"], order.Select(c => c.Id));
        var times = order.Select(c => ChangeOrder.TimeOnItsDay(c, Archive)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 23, 59, 59, TimeSpan.Zero), times[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 17, 2, 10, TimeSpan.Zero), times[1]);
        Assert.All(times, t => Assert.Equal(Day, DateOnly.FromDateTime(t.UtcDateTime)));
    }

    [Fact]
    public void AnEntryNoArchivedEditionHoldsIsTheNewestOfItsDayAndSaysTheDaysLastSecond()
    {
        var archive = Catalog(Edition("aaaaaaaaaaaa", new DateTimeOffset(2026, 12, 6, 9, 4, 5, TimeSpan.Zero), "morning"));
        var order = ChangeOrder.NewestFirst(Log, archive);
        Assert.Equal("morning", order[^1].Id);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 23, 59, 59, TimeSpan.Zero), ChangeOrder.TimeOnItsDay(order[0], archive));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 9, 4, 5, TimeSpan.Zero), ChangeOrder.TimeOnItsDay(order[^1], archive));
    }

    [Fact]
    public void AnEditionMadeBeforeTheDayItsEntryStatesSaysTheDaysFirstMoment()
    {
        var archive = Catalog(Edition("aaaaaaaaaaaa", new DateTimeOffset(2026, 12, 5, 22, 0, 0, TimeSpan.Zero), "morning", "evening", "next-day"));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), ChangeOrder.TimeOnItsDay(Entry("evening"), archive));
    }
}
