using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>An item's own page: where it stands, its paragraphs and sentences, marks on arrival.</summary>
[Collection(RealSite.Name)]
public class ItemPageTests(PortalFactory factory)
{
    [Fact]
    public async Task AnItemPageHasBreadcrumbsPlacePreviousNextAndTheWholePaperLink()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        Assert.Equal("Commitment 4: Indivisible security; legitimate concerns of all", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/paper", "/paper/commitments", "/paper/commitments/4"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Part II · Commitment 4 of 6", page.QuerySelector(".kicker")!.TextContent);
        Assert.Equal("/paper/commitments/3", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/paper/commitments/5", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/paper#commitment-4']"));
        Assert.StartsWith("Humanity is an indivisible security community.", page.GetElementById("s2")!.TextContent);
    }

    [Fact]
    public async Task APartsFirstAndLastItemsLeadOnToThePassagesBeyondThem()
    {
        // The way through the paper does not stop at a part's edge (ReadingOrderPagesTests walks all of it).
        var (_, first) = await Html.Get(factory.CreateClient(), "/paper/priorities/1");
        Assert.Equal("/paper/priorities/introduction", first.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Part III, introduction", first.QuerySelector("nav.pager a[rel=prev]")!.TextContent);
        var (_, last) = await Html.Get(factory.CreateClient(), "/paper/priorities/20");
        Assert.Equal("/paper/platforms/1", last.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        var (_, end) = await Html.Get(factory.CreateClient(), "/paper/platforms/closing");
        Assert.Null(end.QuerySelector("a[rel=next]"));
        var (_, start) = await Html.Get(factory.CreateClient(), "/paper/background");
        Assert.Null(start.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task EachParagraphShowsItsPermalink()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/4");
        var paragraphs = page.QuerySelectorAll("p.para");
        Assert.Equal(3, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.Equal($"#{p.Id}", p.QuerySelector("a.pnum")!.GetAttribute("href")));
    }

    [Fact]
    public async Task HighlightMarksTheWordsOnTheServer()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=indivisible%20security");
        Assert.Contains(page.QuerySelectorAll("mark"), m => m.TextContent == "indivisible security");
        var (_, plain) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=%3Cscript%3E");
        Assert.Empty(plain.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task AHighlightMarksThePhraseNotEveryCommonWordOfIt()
    {
        // Commitment 4 says "security" seventeen times and "indivisible security" twice: a reader sent from a search
        // for the phrase sees the phrase, not nineteen marks.
        var (_, phrase) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=indivisible%20security");
        var marks = phrase.QuerySelectorAll("article mark").Select(m => m.TextContent).ToList();
        Assert.Equal(2, marks.Count(m => m == "indivisible security"));
        Assert.DoesNotContain(marks, m => m.Equals("security", StringComparison.OrdinalIgnoreCase));
        // Searched alone, the common word is what the reader asked for: marked wherever it stands.
        var (_, word) = await Html.Get(factory.CreateClient(), "/paper/commitments/4?highlight=security");
        var security = word.QuerySelectorAll("article mark").Count(m => m.TextContent.Equals("security", StringComparison.OrdinalIgnoreCase));
        Assert.True(security > 10, $"{security} marks");
    }

    [Fact]
    public async Task EverySentenceOfAnItemHasItsPinpointAnchor()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/1");
        var ids = page.QuerySelectorAll("article .para > span").Select(s => s.Id).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"s{n}"), ids);
    }

    [Fact]
    public async Task ALabelledItemIsHeadedByTheEditorsLabelInTitleHeadingAndNeighbours()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/8");
        Assert.StartsWith("Priority 8: Africa", page.Title);
        var label = page.QuerySelector("h1 .editors")!;
        Assert.Equal("Africa", label.TextContent);
        // The trail ends with the page's number: its heading, label and all, is just below it (and the bytes are few).
        Assert.Equal("Priority 8", page.QuerySelectorAll(".breadcrumbs a").Last().TextContent);
        Assert.Equal("The Middle East", page.QuerySelector("a[rel=prev] .editors")!.TextContent);
        Assert.Equal("Latin America and the Caribbean", page.QuerySelector("a[rel=next] .editors")!.TextContent);
    }

    [Fact]
    public async Task ACommitmentIsHeadedByTheEditorsLabelAndItsTextStillOpensWithItsOwnFirstSentence()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/5");
        Assert.StartsWith("Commitment 5: Dialogue and consultation, not sanctions", page.Title);
        Assert.Equal("Dialogue and consultation, not sanctions", page.QuerySelector("h1 .editors")!.TextContent);
        Assert.StartsWith("Stay committed to peacefully resolving differences", page.QuerySelector(".item-text .para")!.TextContent.TrimStart('1', ' ', '\n', '¶'));
        Assert.Equal("Traditional and non-traditional security", page.QuerySelector("a[rel=next] .editors")!.TextContent);
    }

    [Fact]
    public async Task EverySentenceAnswersBothTheShortAndTheQualifiedFragment()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        foreach (var n in Enumerable.Range(1, 8))
            Assert.Equal(page.GetElementById($"s{n}")!.TextContent, page.GetElementById($"commitment-4-s{n}")!.TextContent);
    }

    [Fact]
    public async Task AMultiParagraphItemNumbersItsParagraphsInTheMarginAndASingleOneDoesNot()
    {
        var (_, four) = await Html.Get(factory.CreateClient(), "/paper/priorities/4");
        Assert.Equal(["1", "2", "3"], four.QuerySelectorAll("article .pnum.numbered").Select(a => a.TextContent));
        Assert.All(four.QuerySelectorAll("article .pnum.numbered"), a => Assert.Equal($"#{a.ParentElement!.Id}", a.GetAttribute("href")));
        var (_, eight) = await Html.Get(factory.CreateClient(), "/paper/priorities/8");
        Assert.Empty(eight.QuerySelectorAll("article .pnum.numbered"));
    }

    [Fact]
    public async Task TheTextComesFirstThenWhatTheCommentariesSayThenTheToolsToCiteIt()
    {
        // On a phone the side column follows the text: a reader met a screen of citation tools before the commentaries.
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var order = page.QuerySelectorAll("article.item-page, section.cite, .item-links").Select(e => e.ClassName!).ToList();
        Assert.Equal(3, order.Count);
        Assert.StartsWith("document", order[0]);
        Assert.Equal("item-links", order[1]);
        Assert.Equal("cite", order[2]);
    }
}
