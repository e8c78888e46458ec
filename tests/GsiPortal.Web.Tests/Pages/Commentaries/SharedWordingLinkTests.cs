using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Pages.Commentaries;

/// <summary>
/// A commentary paragraph's note of wording it shares with the paper leads to the first sentence of the paper's
/// passage that the words stand in, not to the passage's top (review 22, D8: Lei ¶4 → /paper/commitments/4, nine
/// sentences to hunt through).
/// </summary>
[Collection(RealSite.Name)]
public class SharedWordingLinkTests(PortalFactory factory)
{
    private static IEnumerable<IElement> SharedLinks(IDocument page) =>
        page.QuerySelectorAll("details.shared-note .note-detail p").Where(p => p.TextContent.TrimStart().StartsWith("Shares wording with", StringComparison.Ordinal))
            .Select(p => p.QuerySelector("a")!);

    [Fact]
    public async Task LeiParagraphFourLeadsToTheSentencesItShares()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        var links = SharedLinks(page).Where(a => a.Closest("details")!.Id == "p4-notes").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        // "stay committed to taking the legitimate security concerns of all countries seriously" is commitment 4's first sentence.
        Assert.Equal("/paper/commitments/4#s1", links["Commitment 4"]);
        Assert.Equal("/paper/commitments/1#s1", links["Commitment 1"]);
    }

    [Theory]
    [InlineData("lei-kezhong")]
    [InlineData("chen-xiangyang")]
    [InlineData("dong-chunling")]
    [InlineData("ovais-ali-khokhar")]
    public async Task EverySharedWordingLinkLandsOnASentenceThatHoldsTheSharedWords(string commentary)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/commentaries/" + commentary);
        var links = SharedLinks(page).ToList();
        Assert.NotEmpty(links);
        var pages = new Dictionary<string, IDocument>();
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.Contains("#", href, StringComparison.Ordinal);
            var (address, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            Assert.Matches(@"(^|-)s\d+$", fragment);
            if (!pages.TryGetValue(address, out var target)) pages[address] = target = (await Html.Get(client, address)).Document;
            var sentence = target.GetElementById(fragment) ?? throw new Xunit.Sdk.XunitException($"{href}: no element #{fragment}");
            // A note of one exact run: the run begins in the sentence linked to, its first three words there (case and punctuation aside).
            if (link.ParentElement!.QuerySelectorAll("q mark") is not [var only] || link.ParentElement.QuerySelector(".near") is not null) continue;
            Assert.Contains(string.Join(' ', Words(only.TextContent).Take(3)), string.Join(' ', Words(sentence.TextContent)), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value);
}
