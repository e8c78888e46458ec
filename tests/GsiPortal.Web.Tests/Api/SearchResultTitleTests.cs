using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// A search result's title names an item as everything else does — its page, the data API and the search page's
/// heading: "Priority 8: Africa", the editors' label where the part has them — not by its whole first sentence.
/// </summary>
[Collection(RealSite.Name)]
public class SearchResultTitleTests(PortalFactory factory)
{
    [Fact]
    public async Task AnItemsTitleIsItsNameAndHeadingAsItsDataAndTheSearchPageGiveThem()
    {
        var client = factory.CreateClient();
        var found = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=africa")).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "paper/priority-8");
        Assert.Equal("Priority 8: Africa", found.GetProperty("title").GetString());

        var data = JsonDocument.Parse(await client.GetStringAsync("/api/paper/priorities/8")).RootElement;
        Assert.Equal(data.GetProperty("title").GetString(), found.GetProperty("title").GetString());

        var (_, page) = await Html.Get(client, "/search?q=africa");
        var heading = page.QuerySelectorAll("li.result h2 a, li.result h3 a").First(a => a.GetAttribute("href")!.StartsWith("/paper/priorities/8", StringComparison.Ordinal));
        Assert.Equal(found.GetProperty("title").GetString(), heading.TextContent.Trim());
    }

    [Fact]
    public async Task EveryItemResultIsTitledByItsNameAndHeadingAndACommentarysByItsTitle()
    {
        var results = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=security")).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var title = result.GetProperty("title").GetString()!;
            if (System.Text.RegularExpressions.Regex.IsMatch(result.GetProperty("id").GetString()!, "^paper/[a-z]+-[0-9]+$")
                && result.GetProperty("location").GetString()!.Split(" › ") is [_, _, var name])
                Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(name)}: .{{1,80}}$", title);
            // No title repeats the whole first sentence the snippet gives.
            Assert.True(title.Length <= 120, $"{result.GetProperty("id")}: {title}");
        }
    }
}
