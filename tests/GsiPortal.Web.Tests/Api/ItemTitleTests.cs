using System.Text.Json;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// An item has one title wherever a title is asked for: the item page's &lt;title&gt; (less the site's suffix), oEmbed,
/// /api/passages, the item in /api/paper, JSON-LD and the embed's heading — the editors' label after the item's
/// label, not its first sentence, which the embed then repeated above the text.
/// </summary>
[Collection(RealSite.Name)]
public class ItemTitleTests(PortalFactory factory)
{
    private const string Title = "Commitment 4: Indivisible security; legitimate concerns of all";
    private const string FirstSentence = "Stay committed to taking the legitimate security concerns of all countries seriously.";

    [Fact]
    public async Task ThePageOEmbedThePassagesApiAndTheDataGiveTheSameTitle()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        Assert.Equal($"{Title} — Concept Paper", page.Title);

        var oembed = JsonDocument.Parse(await client.GetStringAsync("/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost/paper/commitments/4"))).RootElement;
        Assert.Equal(Title, oembed.GetProperty("title").GetString());
        var passage = JsonDocument.Parse(await client.GetStringAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4")).RootElement;
        Assert.Equal(Title, passage.GetProperty("title").GetString());
        var item = JsonDocument.Parse(await client.GetStringAsync("/api/paper/commitments/4")).RootElement;
        Assert.Equal(Title, item.GetProperty("title").GetString());
        var graph = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).ToList();
        Assert.Contains(graph, json => json.Contains($"\"name\":\"{Title}\"", StringComparison.Ordinal) || json.Contains($"\"name\": \"{Title}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEmbedHeadsTheTextWithTheTitleAndSaysTheFirstSentenceOnce()
    {
        var (_, embed) = await Html.Get(factory.CreateClient(), "/embed/paper/commitments/4");

        Assert.Equal(Title, embed.QuerySelector("blockquote h1")!.TextContent.Trim());
        var words = embed.QuerySelector("blockquote")!.TextContent;
        Assert.Equal(1, Occurrences(words, FirstSentence[..60]));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
