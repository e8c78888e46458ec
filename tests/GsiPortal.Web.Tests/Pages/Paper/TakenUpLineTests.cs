using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Pages.Paper;

/// <summary>
/// At each passage of a part's page, a line names the commentary paragraphs that take it up ("In the commentaries:
/// discussed by Khokhar ¶11 ¶12 …"). Before, a reader on a phone reading priority 5 met the commentators' passages
/// only at the foot of the page, grouped by author, with no sign at the priority that any commentary discusses it.
/// </summary>
[Collection(RealSite.Name)]
public class TakenUpLineTests(PortalFactory factory)
{
    public static TheoryData<string> Parts() => ["commitments", "priorities", "platforms"];

    /// <summary>The line lists exactly the paragraphs the item's own page lists in its "In the commentaries" panel, each linked to it in its commentary.</summary>
    [Theory]
    [MemberData(nameof(Parts))]
    public async Task EachItemsLineNamesTheParagraphsItsPageLists(string part)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, $"/paper/{part}");
        var items = page.QuerySelectorAll("section.item").ToList();
        Assert.NotEmpty(items);
        var withLine = 0;
        foreach (var item in items)
        {
            var number = item.Id!.Split('-')[1];
            var (_, itemPage) = await Html.Get(client, $"/paper/{part}/{number}");
            var expected = Paragraphs(itemPage.QuerySelector("aside.item-links")!);
            var line = item.QuerySelector(".taken-up");
            if (expected.Count == 0)
            {
                // Said, not left out: a reader could not tell "none" from "not shown" (priority 11, a reviewer).
                Assert.NotNull(line);
                Assert.Equal("In the commentaries: none takes it up.", Html.Folded(line.TextContent));
                Assert.Empty(line.QuerySelectorAll("a"));
                continue;
            }
            Assert.NotNull(line);
            withLine++;
            Assert.Equal(expected, Paragraphs(line));
            Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/compare/{part}/{number}");
        }
        Assert.True(withLine > 0, $"no item of {part} has a line");
    }

    private static List<string> Paragraphs(IElement within) =>
        [.. within.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/commentaries/", StringComparison.Ordinal)).Distinct().Order()];

    [Fact]
    public async Task PriorityFiveSaysAtTheItemWhoDiscussesIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities");
        var line = page.GetElementById("priority-5")!.QuerySelector(".taken-up")!;
        var text = Normalised(line.TextContent);
        Assert.StartsWith("In the commentaries: discussed by ", text);
        Assert.Contains("Khokhar ¶11", text);
        Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/commentaries/ovais-ali-khokhar#p11");
        // Lei ¶9 is no discussion of major countries (docs/cross-references.md): priority 2's line does not name it.
        Assert.DoesNotContain(page.GetElementById("priority-2")!.QuerySelectorAll(".taken-up a"), a => a.GetAttribute("href") == "/commentaries/lei-kezhong#p9");
    }

    /// <summary>
    /// Khokhar ¶2 sets out commitment 5's principle in its own words ("peaceful dialogue and discussion to settle
    /// differences and conflicts"), which no computed link found: a reader's review counted it missing from commitment
    /// 5's commentaries. The editors' judgement (content/links.yml) names it at the commitment, with their reason.
    /// </summary>
    [Fact]
    public async Task CommitmentFiveSaysKhokharsSecondParagraphDiscussesIt()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments");
        var line = page.GetElementById("commitment-5")!.QuerySelector(".taken-up")!;
        Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/commentaries/ovais-ali-khokhar#p2");
        Assert.Contains("Khokhar ¶2", Normalised(line.TextContent));
        var links = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/paper/commitments/5/links")).RootElement;
        var judged = links.GetProperty("discussedIn").EnumerateArray().Single(d => d.GetProperty("url").GetString() == "/commentaries/ovais-ali-khokhar#p2");
        Assert.StartsWith("“Peaceful dialogue and discussion", judged.GetProperty("editorsNote").GetString());
    }

    /// <summary>"¶17" after "Dong ¶11" is "Dong ¶17" to a screen reader: every paragraph link names its commentary.</summary>
    [Theory]
    [MemberData(nameof(Parts))]
    public async Task EveryParagraphLinkNamesItsAuthorAndNoSpaceStandsBeforeAComma(string part)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/paper/{part}");
        var lines = page.QuerySelectorAll(".taken-up").ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.DoesNotContain(" ,", line.TextContent);
            Assert.DoesNotContain(" ;", line.TextContent);
            foreach (var a in line.QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.StartsWith("/commentaries/", StringComparison.Ordinal)))
                Assert.Matches(@"^\p{Lu}\p{L}+ ¶\d+$", Normalised(a.TextContent));
        }
    }

    /// <summary>The passages outside the items are treated alike: Part I whole, Part III's introduction, Part II's closing passage.</summary>
    [Theory]
    [InlineData("background", "background", "/commentaries/ovais-ali-khokhar#p4", "/compare/background")]
    [InlineData("priorities", "introduction", "/commentaries/ovais-ali-khokhar#p14", null)]
    [InlineData("commitments", "closing", "/commentaries/chen-xiangyang#p5", null)]
    public async Task ThePartsOwnPassagesHaveTheirLine(string part, string where, string paragraph, string? compare)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), $"/paper/{part}");
        var reading = page.GetElementById("text")!;
        // The line stands among the text's passages, not inside an item: before the first item, or after the last.
        var lines = reading.QuerySelectorAll(".taken-up").Where(l => l.Closest("section.item") is null).ToList();
        var line = where == "closing" ? lines.Last() : lines.First();
        if (where == "introduction") Assert.True(line.NextElementSibling!.Matches("section.item"));
        else Assert.Null(line.NextElementSibling); // the end of the text
        Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == paragraph);
        if (compare is not null) Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == compare);
        else Assert.DoesNotContain(line.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/compare", StringComparison.Ordinal));
    }

    /// <summary>An introduction's or a closing passage's own page has the line its part's page has under it.</summary>
    [Theory]
    [InlineData("/paper/priorities/introduction", "/commentaries/ovais-ali-khokhar#p14")]
    [InlineData("/paper/commitments/closing", "/commentaries/chen-xiangyang#p5")]
    public async Task ThePassagesOwnPageHasTheLineToo(string address, string paragraph)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var line = page.QuerySelector("article .taken-up")!;
        Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == paragraph);
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
