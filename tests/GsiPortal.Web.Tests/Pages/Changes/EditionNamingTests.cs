using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Pages.Changes;

/// <summary>
/// Several editions share a date (three were dated 5 December 2026), and the site named an edition by its date alone in
/// the citations, while /changes said an entry of 23 November was "First in the edition of 5 December 2026". Every
/// place that names an edition now names it by date and id, the same way, and the name leads to the edition.
/// </summary>
[Collection(RealSite.Name)]
public partial class EditionNamingTests(PortalFactory factory)
{
    [Fact]
    public async Task TheChangesPageNeverSaysAnEntryWasFirstInAnEditionOfAnotherDay()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/changes");
        var placed = page.QuerySelectorAll("li.change").Where(li => li.QuerySelector(".change-editions") is not null).ToList();
        Assert.NotEmpty(placed);
        foreach (var entry in placed)
        {
            var dated = DateOnly.ParseExact(entry.QuerySelector("h2 time")!.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = Html.Folded(entry.QuerySelector(".change-editions p")!.TextContent);
            var edition = EditionName().Match(text);
            Assert.True(edition.Success, text);
            var editionDay = DateOnly.ParseExact(edition.Groups["date"].Value, "d MMMM yyyy", CultureInfo.InvariantCulture);
            if (editionDay == dated) Assert.StartsWith("First in the edition of ", text);
            else Assert.StartsWith($"Dated {dated.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} in the changelog; the first edition held here that lists it is the edition of ", text);
        }
    }

    [Fact]
    public async Task TheChangesPageAndTheEditionsPageNameTheCurrentEditionAsTheCitationsDo()
    {
        var client = factory.CreateClient();
        var edition = await factory.EditionInServiceAsync();
        var name = $"edition of {edition.Stamp.DateDisplay} ({edition.Version})";
        var (_, changes) = await Html.Get(client, "/changes");
        Assert.Contains($"This is the {name}.", Html.Folded(changes.QuerySelector("p.lede")!.TextContent));
        var (_, editions) = await Html.Get(client, "/editions");
        var current = editions.QuerySelector($"li.edition-entry[data-version='{edition.Version}'] h2 a")!;
        Assert.Equal($"Edition of {edition.Stamp.DateDisplay} ({edition.Version})", Html.Folded(current.TextContent));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(current.GetAttribute("href"))).StatusCode);
        var chicago = await client.GetStringAsync("/cite/paper/commitments/4?format=chicago");
        Assert.Contains($"GsiPortal edition of {edition.Stamp.Date!.Value.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} ({edition.Version})", chicago);
    }

    [Fact]
    public async Task TheEmbedNamesItsEditionAndLinksThePassageInIt()
    {
        var client = factory.CreateClient();
        var edition = await factory.EditionInServiceAsync();
        var (_, page) = await Html.Get(client, "/embed/commentaries/lei-kezhong/p5");
        var link = page.QuerySelector("blockquote footer a.embed-edition")!;
        Assert.Equal($"edition of {edition.Stamp.DateDisplay} ({edition.Version})", link.TextContent);
        var fixedAddress = new Uri(link.GetAttribute("href")!).PathAndQuery;
        Assert.Equal($"/editions/{edition.Version}/commentaries/lei-kezhong", fixedAddress);
        Assert.EndsWith($"/editions/{edition.Version}/commentaries/lei-kezhong#p5", link.GetAttribute("href"));
        Assert.Equal(link.GetAttribute("href"), page.QuerySelector("blockquote")!.GetAttribute("cite"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(fixedAddress)).StatusCode);
        // The shortened form has no room for it in words: its link's title and the quotation's cite carry it.
        var (_, shortened) = await Html.Get(client, "/embed/commentaries/lei-kezhong/p5?lines=2");
        Assert.Equal($"GsiPortal edition of {edition.Stamp.DateDisplay} ({edition.Version})", shortened.QuerySelector("blockquote footer a")!.GetAttribute("title"));
        Assert.Equal(link.GetAttribute("href"), shortened.QuerySelector("blockquote")!.GetAttribute("cite"));
    }

    [Fact]
    public async Task ThePagesFootNamesTheEditionTheSameWay()
    {
        var edition = await factory.EditionInServiceAsync();
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        Assert.StartsWith($"Edition of {edition.Stamp.DateDisplay} ({edition.Version});", Html.Folded(page.QuerySelector("footer #edition")!.TextContent));
    }

    [GeneratedRegex(@"edition of (?<date>\d{1,2} \w+ \d{4}) \((?<id>[0-9a-f]{12})\)")]
    private static partial Regex EditionName();
}
