using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A question answered without one everyday word the texts write rarely ("why china against sanctions": no passage holds
/// "against" beside "sanctions") says so above the results — "No result holds every word. Showing results without
/// requiring: …", the word among those named — marks only words found, and the API names the same word among
/// <c>relaxed.notRequired</c> (docs/search.md, the twenty-sixth turn).
/// </summary>
[Collection(RealSite.Name)]
public class OneEverydayWordPageTests(PortalFactory factory)
{
    private const string Query = "why china against sanctions";

    [Fact]
    public async Task TheNoteNamesTheWordNotRequiredAndTheResultsDoNotHoldIt()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=" + Uri.EscapeDataString(Query));
        var note = page.QuerySelector("p.relaxed") ?? throw new Xunit.Sdk.XunitException("no p.relaxed");
        var text = Html.Folded(note.TextContent);
        Assert.StartsWith("No result holds every word. Showing results without requiring:", text, StringComparison.Ordinal);
        Assert.Contains("against", note.QuerySelectorAll("strong").Select(s => s.TextContent));
        Assert.DoesNotContain("sanctions", note.QuerySelectorAll("strong").Select(s => s.TextContent));
        Assert.Contains("/paper/commitments/5", page.QuerySelector("li.result h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
        var marks = page.QuerySelectorAll("li.result mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("sanctions", marks);
        Assert.DoesNotContain("against", marks);
        Assert.Null(page.QuerySelector("div.zero"));

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(Query)));
        var relaxed = json.RootElement.GetProperty("relaxed");
        Assert.Contains("against", relaxed.GetProperty("notRequired").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(0, relaxed.GetProperty("strict").GetInt32());
    }
}
