using System.Net;

namespace GsiPortal.Web.Tests.Pages.SideBySide;

/// <summary>Two commentaries side by side on an item or a key term (issue #26): a researcher's comparison, with a stable address.</summary>
[Collection(RealSite.Name)]
public class SideBySidePageTests(PortalFactory factory)
{
    private const string Item = "/paper/commitments/4/commentaries";
    private const string Term = "/terms/global-security-governance/commentaries";

    [Fact]
    public async Task TheTwoNamedCommentariesStandSideBySideEachDatedWithItsOwnPassages()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), $"{Item}?a=dong-chunling&b=ovais-ali-khokhar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sides = page.QuerySelectorAll(".pair-columns .pair-side").ToList();
        Assert.Equal(["Dong Chunling", "Ovais Ali Khokhar"], sides.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["2022-05-10", "2023-09-23"], sides.Select(s => s.QuerySelector(".pair-date time")!.GetAttribute("datetime")));
        // Each passage quotes its own commentary's paragraph and links to it.
        Assert.All(sides[0].QuerySelectorAll("blockquote"), q => Assert.StartsWith("/commentaries/dong-chunling#p", q.GetAttribute("cite")));
        Assert.All(sides[1].QuerySelectorAll("blockquote"), q => Assert.StartsWith("/commentaries/ovais-ali-khokhar#p", q.GetAttribute("cite")));
        Assert.Contains(sides[1].QuerySelectorAll("figcaption a"), a => a.TextContent == "¶7");
        Assert.Contains("Both take up Commitment 4", Html.MainText(page));
        Assert.Equal($"{Item}?a=dong-chunling&b=ovais-ali-khokhar", new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).PathAndQuery);
    }

    [Fact]
    public async Task WithoutAChoiceTheTwoThatSayMostOnTheItemAreShownAndTheFormOffersEveryCommentary()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), Item);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var options = page.QuerySelectorAll("select[name=a] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["dong-chunling", "lei-kezhong", "chen-xiangyang", "ovais-ali-khokhar"], options);
        var shown = page.QuerySelectorAll(".pair-side").Select(s => s.GetAttribute("aria-labelledby")!).ToList();
        Assert.Equal(2, shown.Count);
        // Dong says least on commitment 4 (one paragraph mentioning it), so the default sets him aside.
        Assert.DoesNotContain("side-dong-chunling", shown);
        Assert.Contains("the two that say most", page.QuerySelector(".lede")!.TextContent);
        Assert.Equal(page.QuerySelector("select[name=a] option[selected]")!.GetAttribute("value"), shown[0]["side-".Length..]);
    }

    [Fact]
    public async Task OnAKeyTermTheTermAndTheWordsBothUseAreMarkedOnBothSides()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"{Term}?a=dong-chunling&b=ovais-ali-khokhar");
        foreach (var side in page.QuerySelectorAll(".pair-side"))
            Assert.Contains(side.QuerySelectorAll("blockquote mark"), m => m.TextContent.Equals("global security governance", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll(".pair-shared q"), q => q.TextContent == "global security governance");
    }

    [Fact]
    public async Task AMisprintKeepsItsSicMarkInTheView()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"{Item}?a=dong-chunling&b=lei-kezhong");
        Assert.Contains(page.QuerySelectorAll(".pair-side .sic"), s => s.TextContent == "It’s");
    }

    [Theory]
    [InlineData("?a=khokhar&b=dong", "?a=ovais-ali-khokhar&b=dong-chunling")]
    [InlineData("?a=Dong-Chunling&b=lei-kezhong", "?a=dong-chunling&b=lei-kezhong")]
    [InlineData("?b=chen", "?a=")]
    public async Task AFamilyNameOrASideLeftOutIsSentToThePairsOneAddress(string query, string expectedStart)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(Item + query);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Item + expectedStart, response.Headers.Location!.OriginalString);
        var (_, page) = await Html.Get(factory.CreateClient(), Item + query);
        Assert.Equal(2, page.QuerySelectorAll(".pair-side").Length);
    }

    [Theory]
    [InlineData("?a=nobody&b=dong-chunling", HttpStatusCode.NotFound, "No commentary is called “nobody”")]
    [InlineData("?a=dong-chunling&b=dong", HttpStatusCode.BadRequest, "choose two different commentaries")]
    [InlineData("?a=chen&b=chen-xiangyang", HttpStatusCode.BadRequest, "choose two different commentaries")]
    [InlineData("?a=%00%3Cscript%3E&b=x", HttpStatusCode.NotFound, "No commentary is called")]
    public async Task ABadChoiceIsAnsweredOnThePageWithTheReasonAndTheFormNeverA500(string query, HttpStatusCode status, string reason)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), Item + query);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector("[role=alert]")!.TextContent);
        // The form offers two different commentaries to choose from again.
        Assert.NotEqual(page.QuerySelector("select[name=a] option[selected]")!.GetAttribute("value"), page.QuerySelector("select[name=b] option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain("<script>", page.QuerySelector("[role=alert]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/paper/commitments/9/commentaries")]
    [InlineData("/paper/nowhere/1/commentaries")]
    [InlineData("/terms/no-such-term/commentaries")]
    public async Task AnUnknownSubjectIsNotFound(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/paper/commitments/4", Item)]
    [InlineData("/paper/commitments/4/passages", Item)]
    [InlineData("/terms/global-security-governance", Term)]
    [InlineData("/coverage", Item)]
    public async Task TheViewIsLinkedFromTheItemsPanelTheTermPageAndCoverage(string from, string link)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), from);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == link);
    }

    [Fact]
    public async Task CoverageOffersTheViewOnlyOnRowsTwoCommentariesTakeUp()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/coverage");
        // Two commentaries side by side are on items (and key terms); the other passages' rows offer no view.
        Assert.All(page.QuerySelectorAll("#coverage-table th.passage-row"), th => Assert.Null(th.QuerySelector("a.pair-link")));
        foreach (var row in page.QuerySelectorAll("#coverage-table tbody tr").Where(r => r.QuerySelector("th.passage-row") is null))
        {
            var takenUp = row.QuerySelectorAll("td").Count(td => td.QuerySelector("a") is not null);
            var link = row.QuerySelector("th a.pair-link");
            Assert.True((takenUp >= 2) == (link is not null), $"{row.QuerySelector("th a")!.TextContent}: {takenUp} commentaries, link {link is not null}");
            if (link is not null) Assert.Equal(row.QuerySelector("th a")!.GetAttribute("href") + "/commentaries", link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task TheItemPageLinksToTheViewOnceInItsCommentaryPanel()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        Assert.Single(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == Item);
        Assert.NotNull(page.QuerySelector($".item-links a[href='{Item}']"));
    }

    [Theory]
    [InlineData("/paper/commitments/6/commentaries?a=dong-chunling&b=ovais-ali-khokhar", "dong-chunling")]
    [InlineData("/paper/priorities/5/commentaries?a=dong-chunling&b=ovais-ali-khokhar", "dong-chunling")]
    public async Task ACommentaryBeforeThePaperIsSaidToBeSoAndToShareWordingOnlyWhereItDoes(string address, string before)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var side = page.QuerySelector($"#side-{before}")!.ParentElement!;
        var date = side.QuerySelector(".pair-date")!.TextContent;
        Assert.Contains("before the paper (21 February 2023)", date);
        // Dong Chunling shares no wording with commitment 6 or priority 5 (the item panel and /compare say so).
        Assert.DoesNotContain(side.QuerySelectorAll("figcaption"), f => f.TextContent.Contains("shares", StringComparison.Ordinal));
        Assert.DoesNotContain("shared wording", date);
    }

    [Fact]
    public async Task ACommentaryBeforeThePaperThatSharesItsWordingThereIsToldItIsNoQuotation()
    {
        var client = factory.CreateClient();
        // Wherever a commentary written before the paper shares an item's wording, its column says the wording is no quotation.
        var found = 0;
        foreach (var part in new[] { ("commitments", 6), ("priorities", 20), ("platforms", 5) })
            for (var n = 1; n <= part.Item2; n++)
            {
                var links = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/paper/{part.Item1}/{n}/links")).RootElement.GetProperty("sharedWording");
                foreach (var early in links.EnumerateArray().Where(l => l.GetProperty("predatesPaper").GetBoolean()).Select(l => l.GetProperty("document").GetString()!).Distinct())
                {
                    var other = early == "ovais-ali-khokhar" ? "chen-xiangyang" : "ovais-ali-khokhar";
                    var (_, page) = await Html.Get(client, $"/paper/{part.Item1}/{n}/commentaries?a={early}&b={other}");
                    Assert.Contains("before the paper (21 February 2023): shared wording, not a quotation", page.QuerySelector($"#side-{early}")!.ParentElement!.QuerySelector(".pair-date")!.TextContent);
                    found++;
                }
            }
        Assert.True(found > 0, "no commentary before the paper shares an item's wording");
    }
}
