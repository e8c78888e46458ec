using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

[Collection(RealSite.Name)]
public class SearchApiTests(PortalFactory factory)
{
    private async Task<JsonElement> Json(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task ARelaxedSearchSaysWhatWasRelaxed()
    {
        var json = await Json("/api/search?q=how%20does%20China%20want%20disputes%20over%20trans-boundary%20rivers%20handled");
        var relaxed = json.GetProperty("relaxed");
        Assert.Contains("how", relaxed.GetProperty("notRequired").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("paper/priority-11", json.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, (await Json("/api/search?q=trans-boundary%20rivers")).GetProperty("relaxed").ValueKind);
    }

    [Fact]
    public async Task ATooLittleSearchSaysHowManyHeldEveryWordAndWhatElseWasSearched()
    {
        var json = await Json("/api/search?q=nuclear%20war");
        Assert.Equal(2, json.GetProperty("relaxed").GetProperty("strict").GetInt32());
        Assert.Equal("paper/priority-3", json.GetProperty("results")[0].GetProperty("id").GetString());
        var also = (await Json("/api/search?q=cyber%20attacks")).GetProperty("alsoSearched")[0];
        Assert.Equal("cyber attacks", also.GetProperty("typed").GetString());
        Assert.Contains("cyber threats", also.GetProperty("forms").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task AZeroResultSearchOfSeveralWordsCountsEachAlone()
    {
        var separately = (await Json("/api/search?q=hegemony%20giraffes")).GetProperty("separately");
        var hegemony = await Json("/api/search?q=hegemony");
        Assert.True(hegemony.GetProperty("total").GetInt32() > 0);
        Assert.Equal([("hegemony", hegemony.GetProperty("total").GetInt32()), ("giraffes", 0)],
            separately.EnumerateArray().Select(w => (w.GetProperty("query").GetString(), w.GetProperty("total").GetInt32())));
        Assert.Empty(hegemony.GetProperty("separately").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, hegemony.GetProperty("unfilteredTotal").ValueKind);
        Assert.Equal(hegemony.GetProperty("total").GetInt32(), (await Json("/api/search?q=hegemony&kind=priority")).GetProperty("unfilteredTotal").GetInt32());
    }

    [Fact]
    public async Task AZeroResultSearchOffersItsFoundWordsTogetherWithoutTheWordFoundNowhere()
    {
        var without = (await Json("/api/search?q=bloc%20confrontation%20NATO")).GetProperty("withoutAbsent");
        Assert.Equal("bloc confrontation", without.GetProperty("query").GetString());
        Assert.Equal((await Json("/api/search?q=bloc%20confrontation")).GetProperty("total").GetInt32(), without.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await Json("/api/search?q=hegemony%20giraffes")).GetProperty("withoutAbsent").ValueKind);
    }

    [Fact]
    public async Task AReferenceIsNamed()
    {
        var json = await Json("/api/search?q=commitment%204");
        Assert.Equal("Commitment 4", json.GetProperty("reference").GetString());
        Assert.Equal("paper/commitment-4", json.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task SearchReturnsTheDocumentedShapeInRankOrder()
    {
        var json = await Json("/api/search?q=indivisible%20security");
        Assert.Equal("indivisible security", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("total").GetInt32() >= 5);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("corrected").ValueKind);
        Assert.Equal(1, json.GetProperty("facets").GetProperty("kind").GetProperty("commitment").GetInt32());
        Assert.True(json.GetProperty("facets").GetProperty("document").GetProperty("paper").GetInt32() >= 1);
        var first = json.GetProperty("results")[0];
        Assert.Equal("paper/commitment-4", first.GetProperty("id").GetString());
        Assert.Equal("commitment", first.GetProperty("kind").GetString());
        Assert.Equal("paper", first.GetProperty("document").GetString());
        // The sentence that matched ("We uphold the principle of indivisible security"), as the page's result link leads.
        Assert.Equal("/paper/commitments/4#s7", first.GetProperty("url").GetString());
        Assert.Contains("<mark>indivisible security</mark>", first.GetProperty("snippet").GetString());
        Assert.Contains(json.GetProperty("results").EnumerateArray(), r => r.GetProperty("url").GetString()!.StartsWith("/commentaries/") && r.GetProperty("url").GetString()!.Contains("#p"));
    }

    [Fact]
    public async Task AMisspellingIsCorrectedInTheApi()
    {
        // "peacekeping" finds nothing: the corrected query is searched at once.
        var json = await Json("/api/search?q=peacekeping%20operations");
        Assert.Equal("peacekeeping operations", json.GetProperty("corrected").GetString());
        Assert.True(json.GetProperty("correctedSearched").GetBoolean());
        Assert.Equal("paper/priority-1", json.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task FiltersNarrowAndFacetsCount()
    {
        var json = await Json("/api/search?q=security&kind=priority&page=2");
        Assert.All(json.GetProperty("results").EnumerateArray(), r => Assert.Equal("priority", r.GetProperty("kind").GetString()));
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        var doc = await Json("/api/search?q=security&doc=lei-kezhong");
        Assert.All(doc.GetProperty("results").EnumerateArray(), r => Assert.Equal("lei-kezhong", r.GetProperty("document").GetString()));
    }

    [Theory]
    [InlineData("/api/search?q=x&page=0")]
    [InlineData("/api/search?q=x&page=abc")]
    [InlineData("/api/search?q=x&kind=essay")]
    public async Task MalformedInputAnswers400ProblemJson(string address)
    {
        var problem = await Problem.BadRequest(factory.CreateClient(), address);
        Assert.False(string.IsNullOrEmpty(problem.Detail()));
    }

    [Theory]
    [InlineData("/api/search?q=%C3%28")]
    [InlineData("/api/search?q=security+%FF")]
    public async Task AQueryWhoseBytesAreNotTextIs400SayingSo(string address)
    {
        // The host leaves such escapes undecoded: "%C3(" was searched as typed words and echoed (a fresh-eyes review).
        var detail = (await Problem.BadRequest(factory.CreateClient(), address)).Detail();
        Assert.StartsWith("The query is not valid text", detail);
    }

    [Theory]
    [InlineData("/api/search?q=%C3%A9quilibre")]   // "équilibre", two bytes of one letter
    [InlineData("/api/search?q=100%25+security")]  // a percent sign typed
    public async Task APercentEscapeOfTextIsSearched(string address) => Assert.Equal(JsonValueKind.Array, (await Json(address)).GetProperty("results").ValueKind);

    [Fact]
    public async Task NotesSayWhatOfTheQueryWasReadOtherwise()
    {
        var notes = (await Json("/api/search?q=security%7E2")).GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.StartsWith("“~2” was left out", Assert.Single(notes));
        Assert.Empty((await Json("/api/search?q=security")).GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task AQueryOfExcludedWordsOnlyIs400SayingSo()
    {
        var detail = (await Problem.BadRequest(factory.CreateClient(), "/api/search?q=-security")).Detail();
        Assert.StartsWith("A search cannot be only of excluded words: the query leaves out “security”", detail);
    }

    [Fact]
    public async Task AnUnknownDocumentIs400NamingTheDocumentsThereAre()
    {
        var detail = (await Problem.BadRequest(factory.CreateClient(), "/api/search?q=security&doc=bogus")).Detail();
        Assert.Equal("Unknown document 'bogus'. Documents are: paper, dong-chunling, lei-kezhong, chen-xiangyang, ovais-ali-khokhar.", detail);
    }

    [Fact]
    public async Task APagePastAnySearchsPagesIsPastThisOnesLastWithItsPageCount()
    {
        // "Pages run from 1 to 100" was said of a search whose results fill 11 pages; page 50 already said the truth.
        // Since review 19 (D11) both are 404, as the search page answers them, naming this search's last page.
        var pages = (await Json("/api/search?q=security")).GetProperty("pageCount").GetInt32();
        Assert.InRange(pages, 2, 99);
        foreach (var page in new[] { 50, 999 })
            Assert.Contains($"fill {pages} pages", (await Problem.Of(factory.CreateClient(), $"/api/search?q=security&page={page}", HttpStatusCode.NotFound)).Detail());
    }

    [Fact]
    public async Task AnOverlongQueryAnswers400()
    {
        Assert.Contains("500", (await Problem.BadRequest(factory.CreateClient(), "/api/search?q=" + new string('a', 2000))).Detail());
    }

    [Fact]
    public async Task SuggestionsCompleteTitlesAndWords()
    {
        var json = await Json("/api/suggest?q=nucl");
        var texts = json.EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.InRange(texts.Count, 1, 8);
        Assert.Contains("nuclear", texts);
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("url").GetString() == "/paper/priorities/3");
    }

    [Fact]
    public async Task SuggestionsOfferOnlyPhrasesTheTextsHold()
    {
        var json = await Json("/api/suggest?q=nuclear%20w");
        var texts = json.EnumerateArray().Where(s => s.GetProperty("url").ValueKind == JsonValueKind.Null).Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.Contains("nuclear war", texts);
        Assert.Contains("nuclear weapons", texts);
        Assert.DoesNotContain("nuclear world", texts); // both words are in the texts, never side by side
    }

    [Fact]
    public async Task AReferenceOrAnEditorsLabelSuggestsItsItem()
    {
        var reference = await Json("/api/suggest?q=III.8");
        Assert.Equal("/paper/priorities/8", reference[0].GetProperty("url").GetString());
        var label = await Json("/api/suggest?q=Biosecurity");
        Assert.Contains(label.EnumerateArray(), s => s.GetProperty("url").GetString() == "/paper/priorities/14");
    }

    [Fact]
    public async Task SuggestionsNameItemsByTheEditorsLabelShortWithTheTypedLettersMarked()
    {
        // A reader's review: "indiv" listed priority 12's sixty-word first sentence, above commitment 4.
        var json = (await Json("/api/suggest?q=indiv")).EnumerateArray().ToList();
        var first = json[0];
        Assert.Equal("Commitment 4: Indivisible security; legitimate concerns of all", first.GetProperty("text").GetString());
        Assert.Equal("/paper/commitments/4", first.GetProperty("url").GetString());
        Assert.Equal("Commitment 4", first.GetProperty("name").GetString());
        Assert.True(first.GetProperty("headingIsEditors").GetBoolean());
        Assert.Equal(["Indiv"], Marked(first.GetProperty("heading")));
        foreach (var item in json.Where(s => s.GetProperty("url").ValueKind == JsonValueKind.String))
        {
            Assert.True(Words(item.GetProperty("text").GetString()!) <= 2 + 6, $"too long to scan: {item.GetProperty("text")}");
            // Where the label does not hold the typed letters, a few of the paper's words around them say why it is offered.
            var context = string.Concat(item.GetProperty("context").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
            Assert.True(Words(context) <= 8 + 2, $"context too long: {context}");
            if (!Marked(item.GetProperty("heading")).Any()) Assert.NotEmpty(Marked(item.GetProperty("context")));
        }
        // Priority 12 holds "individuals" in its first sentence only: named by its label, with those words beside it.
        var twelve = json.Single(s => s.GetProperty("url").GetString() == "/paper/priorities/12");
        Assert.StartsWith("Priority 12: ", twelve.GetProperty("text").GetString());
        Assert.Equal(["indiv"], Marked(twelve.GetProperty("context")));
        // A word is marked where typed, too.
        Assert.Contains(json, s => s.GetProperty("text").GetString() == "indivisible" && Marked(s.GetProperty("heading")).SequenceEqual(["indiv"]));
    }

    private static IEnumerable<string> Marked(JsonElement parts) =>
        parts.EnumerateArray().Where(p => p.GetProperty("marked").GetBoolean()).Select(p => p.GetProperty("text").GetString()!).ToList();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w != "…");

    [Fact]
    public async Task OpenSearchDescriptionPointsAtTheSearchPage()
    {
        var response = await factory.CreateClient().GetAsync("/opensearch.xml");
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "Url"), u => u.Attribute("template")!.Value.EndsWith("/search?q={searchTerms}"));
    }
}
