using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// <c>/api/search</c>'s <c>url</c> leads where the search page's result link leads: for the paper, the sentence that
/// matched, not the top of the item (review 20, D5: the API gave <c>/paper/commitments/4</c> where the page linked
/// <c>/paper/commitments/4?highlight=…#s5</c>). The page's link adds the words to mark on arrival; the API gives the
/// address alone, as its other addresses are, and its <c>snippetParts</c> say what matched.
/// </summary>
[Collection(RealSite.Name)]
public partial class SearchResultUrlTests(PortalFactory factory)
{
    [GeneratedRegex(@"\?highlight=[^#]*")]
    private static partial Regex Highlight();

    [Theory]
    [InlineData("indivisible security")]
    [InlineData("cold war mentality")]
    [InlineData("landmines")]
    [InlineData("security")]
    [InlineData("commitment 4")]
    public async Task TheApisUrlIsWhereThePagesResultLinkLeads(string query)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(query));
        var links = page.QuerySelectorAll("li.result > h2 > a, li.result > h3 > a").Select(a => Highlight().Replace(a.GetAttribute("href")!, "")).ToList();
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query))).RootElement;
        var urls = api.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
        Assert.NotEmpty(links);
        // The page may show a commentary's results a few at a time; each it shows is the API's, to the fragment.
        Assert.All(links, link => Assert.Contains(link, urls));
        Assert.Equal(links.Count(l => l.StartsWith("/paper/", StringComparison.Ordinal)), urls.Count(u => u.StartsWith("/paper/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnItemsResultLeadsToTheSentenceThatMatched()
    {
        var api = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=indivisible+security")).RootElement;
        var item = api.GetProperty("results").EnumerateArray().First(r => r.GetProperty("id").GetString() == "paper/commitment-4");
        Assert.Matches(@"^/paper/commitments/4#s\d+$", item.GetProperty("url").GetString());
    }
}
