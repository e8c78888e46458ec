using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>A citation names its edition by day ("GsiPortal edition of December 5, 2026"): the day finds the text as it stood at its end.</summary>
public class EditionCatalogDayTests
{
    private static ArchivedEdition Edition(string id, string day, int hour) =>
        new(id, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new DateTimeOffset(2026, 12, 1, hour, 0, 0, TimeSpan.Zero), "test",
            new Dictionary<string, string>(), null, []);

    private static readonly EditionCatalog Catalog = new(
        [Edition("aaaaaaaaaaaa", "2026-11-23", 1), Edition("bbbbbbbbbbbb", "2026-11-30", 2), Edition("cccccccccccc", "2026-11-30", 3), Edition("dddddddddddd", "2026-12-05", 4)],
        new Dictionary<string, string>(), new Dictionary<string, string> { ["dddddddddddd"] = "withdrawn" }, [], PassageHistory.Empty, 0, 0);

    [Theory]
    [InlineData("2026-11-23", "aaaaaaaaaaaa")]
    [InlineData("2026-11-29", "aaaaaaaaaaaa")]
    [InlineData("2026-11-30", "cccccccccccc")]
    [InlineData("2026-12-06", "cccccccccccc")]
    public void ADayNamesTheLastEditionStatingItOrAnEarlierDayNeverARemovedOne(string day, string id) =>
        Assert.Equal(id, Catalog.AsOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Fact]
    public void ADayBeforeTheFirstEditionNamesNone() => Assert.Null(Catalog.AsOf(new DateOnly(2026, 11, 22)));
}
