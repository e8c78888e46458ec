using System.Net;
using System.Text.Json;
using GsiPortal.Core.Search;
using GsiPortal.Web.Api;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// <c>/api/search</c> writes its JSON by hand, straight from the search's response (SearchAnswerJson), instead of
/// making the records the API describes and serializing them. Its answer must be what the host's serializer writes for
/// those records, byte for byte: every field, in order, escaped alike — on answers that fill each field.
/// </summary>
[Collection(RealSite.Name)]
public class SearchAnswerJsonTests(PortalFactory factory)
{
    public static TheoryData<string> Queries => new()
    {
        "security peace",                                                        // results, facets, snippets with marks
        "commitment 4",                                                          // a reference and its address
        "how does China want disputes over trans-boundary rivers handled",       // relaxed
        "nuclear war",                                                           // relaxed, with how many held every word
        "cyber attacks",                                                         // also searched
        "hegemony giraffes",                                                     // each word alone
        "securty cooperation",                                                   // corrected
        "\"dialogue\" <b>&</b> 'consultation' — “peace”",                        // markup and quotation marks in the query
        "安全",                                                                  // another script
        "security",                                                              // many pages
        "Khokhar mediation",                                                     // found by a byline and a section heading
        "food security",                                                         // one result holds the words only apart
        "security~2 s*",                                                         // notes: a mark left out, a wildcard too short
        "counter terrorism cooperation",                                         // a common word not required
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheAnswerIsTheRecordsAsTheHostSerializesThem(string query) =>
        Assert.Equal(await Expected(query, null, 1), await Sent("/api/search?q=" + Uri.EscapeDataString(query)));

    [Fact]
    public async Task AFilteredSecondPageIsTheRecordsToo()
    {
        Assert.Equal(await Expected("security", "priority", 2), await Sent("/api/search?q=security&kind=priority&page=2"));
        Assert.Equal(await Expected("security", null, 3), await Sent("/api/search?q=security&page=3"));
    }

    private async Task<string> Sent(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The same search run here, its answer made as records and written by the host's JSON options, as Ok&lt;SearchAnswer&gt; wrote it.</summary>
    private async Task<string> Expected(string query, string? kind, int page)
    {
        using var lease = await factory.Services.GetRequiredService<ContentStore>().LeaseAsync(CancellationToken.None);
        var edition = lease!.Edition;
        var request = new SearchRequest(query, kind) { Page = page };
        var response = factory.Services.GetRequiredService<PortalMeaning>().Known(edition, request, edition.Search.Search(request));
        var options = factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.Serialize(SearchApi.Answer(response, edition.Addresses), options);
    }
}
