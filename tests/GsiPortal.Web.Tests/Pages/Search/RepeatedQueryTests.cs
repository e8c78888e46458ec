using System.Net;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// An address giving q more than once (<c>?q=security&amp;q=peace</c>) searched the first and dropped the rest without
/// a word, page and API (review 18). The API refuses it, saying to give q once; the page searches nothing and offers each
/// query and all their words, since it cannot tell which was meant and results for one would read as the address's answer.
/// </summary>
[Collection(RealSite.Name)]
public class RepeatedQueryTests(PortalFactory factory)
{
    [Fact]
    public async Task TheApiRefusesQGivenTwiceSayingToGiveItOnce()
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), "/api/search?q=security&q=peace");
        Assert.Equal("q given more than once", problem.GetProperty("title").GetString());
        Assert.Equal("Give q once: this address gives it twice (\"security\", \"peace\"), and a search reads one. To search for all the words, put them in one q "
            + "(?q=security+peace); for any of them, join them with OR (?q=security+OR+peace).", problem.Detail());
    }

    [Theory]
    [InlineData("/api/search?q=security&kind=commitment&kind=priority", "kind")]
    [InlineData("/api/search?q=security&doc=paper&doc=lei-kezhong", "doc")]
    [InlineData("/api/search?q=security&page=1&page=2", "page")]
    public async Task TheApiRefusesAnyFilterGivenTwice(string address, string name)
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), address);
        Assert.StartsWith($"Give {name} once: this address gives it twice", problem.Detail());
    }

    /// <summary>
    /// Review 21, D7: <c>/search?q[]=security</c> answered 200 with an empty form (and the empty form's cached copy),
    /// the API 400 "No query". Both now say the words are read from q, and the page offers them as a search.
    /// </summary>
    [Fact]
    public async Task QGivenAsAnArrayIsRefusedWithItsWordsOffered()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);
        var (response, page) = await Html.Get(client, "/search?q%5B%5D=security");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A search reads its words from q, and this address gives them as q[]: nothing was searched. Give them as q, as in ?q=security.",
            page.QuerySelector(".problem")!.TextContent);
        Assert.Equal("/search?q=security", page.QuerySelector(".instead a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("li.result"));
        var problem = await Problem.BadRequest(client, "/api/search?q%5B%5D=security");
        Assert.Equal("A search reads its words from q, and this address gives them as q[]: nothing was searched. Give them as q, as in ?q=security.", problem.Detail());
    }

    [Fact]
    public async Task OneQueryHoldingACommaIsNotTheSameAsTwo()
    {
        // The output cache keyed values joined by commas: the two addresses must not share an answer, either way round.
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=security,peace")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/search?q=security&q=peace")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=cooperation&q=dialogue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=cooperation,dialogue")).StatusCode);
    }

    [Fact]
    public async Task ThePageSearchesNothingAndOffersEachQueryAndAllTheirWords()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&q=peace");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("li.result"));
        Assert.Equal("This address asks for two searches at once (q given twice), and the page runs one: nothing was searched. Choose one:",
            page.QuerySelector("p.problem")!.TextContent);
        var offered = page.QuerySelectorAll("ul.repeated-queries a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("“security”", "/search?q=security"), ("“peace”", "/search?q=peace"), ("“security peace”", "/search?q=security%20peace")], offered);
        // The box holds all the words, so that pressing Search runs the last offer.
        Assert.Equal("security peace", page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/search?q=security&q=security")]
    [InlineData("/search?q=security&q=")]
    [InlineData("/search?q=&q=security")]
    public async Task TheSameWordsTwiceOrBesideABlankAreOneQueryAndSearched(string address)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("li.result"));
        Assert.Equal("security", page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ThePageRefusesAFilterGivenTwiceWithTheReason()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/search?q=security&kind=commitment&kind=priority");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Give kind once: this address gives it twice (\"commitment\", \"priority\")", page.QuerySelector("p.problem")!.TextContent);
    }
}
