namespace GsiPortal.Web.Tests.Pages.Commentaries;

[Collection(RealSite.Name)]
public class CommentaryPageTests(PortalFactory factory)
{
    [Fact]
    public async Task TheListShowsAuthorRoleDateAndVenueOfAllFour()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries");
        var cards = page.QuerySelectorAll(".commentary-cards li");
        Assert.Equal(4, cards.Length);
        var lei = cards.Single(c => c.TextContent.Contains("Lei Kezhong"));
        Assert.Contains("Ambassador of the People's Republic of China to the Kingdom of Lesotho", lei.TextContent);
        Assert.Contains("7 June 2022", lei.TextContent);
        Assert.Contains("Embassy Update", lei.TextContent);
        Assert.Contains("2023, date inferred", cards.Single(c => c.TextContent.Contains("Chen Xiangyang")).TextContent);
    }

    [Fact]
    public async Task AHighlightMarksTheSameWayInEveryParagraphOfThePage()
    {
        // Lei Kezhong says "indivisible security" in ¶5 and "security" alone in nearly every paragraph: arriving from a
        // search for the phrase, no paragraph marks the lone word (a reader's review found thirty marks in ¶1–3).
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong?highlight=indivisible%20security");
        var marks = page.QuerySelectorAll("article mark, main .para mark").Select(m => m.TextContent).Distinct().ToList();
        Assert.Contains("indivisible security", marks);
        Assert.DoesNotContain(marks, m => m.Equals("security", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("chen-xiangyang", 22)]
    [InlineData("dong-chunling", 18)]
    [InlineData("lei-kezhong", 14)]
    [InlineData("ovais-ali-khokhar", 14)]
    public async Task ACommentaryNumbersItsParagraphsFromOne(string id, int count)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/commentaries/{id}");
        var anchors = page.QuerySelectorAll("p.para").Select(p => p.Id).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"p{n}"), anchors);
    }

    [Theory]
    [InlineData("chen-xiangyang", "flesh-out@p4 soveignty@p7 soveignty@p16")]
    [InlineData("lei-kezhong", "Forth@p13")]
    [InlineData("dong-chunling", "It’s@p4 Liberthal@p17 Rather that@p17")]
    public async Task TheAuthorsMisprintsAreMarkedSicWhereTheyStandAndTheTextIsUnchanged(string id, string wordsAtParagraphs)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/commentaries/{id}");
        var marked = page.QuerySelectorAll("p.para .sic").ToList();
        Assert.Equal(wordsAtParagraphs, string.Join(' ', marked.Select(e => $"{e.TextContent}@{e.Closest("p.para")!.Id}")));
        // The [sic] is the stylesheet's, not the text's: the sentence reads exactly as the source prints it.
        Assert.All(marked, e => Assert.DoesNotContain("sic]", e.Closest(".para > span")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatTheCaptureLostIsNotMarkedSicForItIsNoSlipOfTheAuthors()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        Assert.Contains("Chinas wisdom", page.QuerySelector("#p3")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll(".sic"), e => e.TextContent is "Chinas" or "Whats");
    }

    [Fact]
    public async Task TheCorrectlySpelledPaperCarriesNoSic()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.Empty(page.QuerySelectorAll(".sic"));
    }

    [Fact]
    public async Task ACommentaryKeepsItsOwnHeadingsAndEditorialNotes()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        Assert.Equal(["I. What is the Global Security Initiative?", "II. Whats the Practical Significance and Value of the Global Security Initiative?", "III. How to implement the Global Security Initiative?"],
            page.QuerySelectorAll("article h2").Select(h => h.TextContent));
        Assert.Contains("\"GSIis\" → \"GSI is\"", page.QuerySelector("details.editorial")!.TextContent);
    }

    [Fact]
    public async Task EveryParagraphCarriesItsNumberInTheMarginAsItsLink()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        var numbers = page.QuerySelectorAll("p.para > a.pnum.numbered").ToList();
        Assert.Equal(Enumerable.Range(1, 14).Select(n => n.ToString()), numbers.Select(a => a.TextContent));
        Assert.All(numbers, a => Assert.Equal($"#{a.ParentElement!.Id}", a.GetAttribute("href")));
    }

    [Fact]
    public async Task TheDetailsFoldSoTheTextStartsAtOnce()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        var meta = page.QuerySelector("details.meta")!;
        Assert.False(meta.HasAttribute("open"));
        Assert.Contains("Lei Kezhong", meta.QuerySelector("summary")!.TextContent);
        Assert.Contains("7 June 2022", meta.QuerySelector("summary")!.TextContent);
    }
}
