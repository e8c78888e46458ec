using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace GsiPortal.Web.Tests.Pages.Commentaries;

/// <summary>What a commentary page says about the paper: quietly, one folded line per paragraph.</summary>
[Collection(RealSite.Name)]
public class SharedWordingNoteTests(PortalFactory factory)
{
    private static IElement NoteOf(IDocument page, string paragraph)
    {
        var note = page.GetElementById(paragraph)!.NextElementSibling!;
        Assert.Equal("details", note.LocalName);
        Assert.Contains("shared-note", note.ClassList);
        return note;
    }

    [Fact]
    public async Task ANoteIsOneFoldedLineThatSaysWithWhatAndOpensOnDemand()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        var note = NoteOf(page, "p9");
        Assert.False(note.HasAttribute("open"));
        Assert.Equal("Shares 3 passages with Commitment 4", Regex.Replace(note.QuerySelector("summary")!.TextContent, @"^\s*¶9:\s*", "").Trim());
        Assert.NotEmpty(note.QuerySelectorAll(".note-detail mark"));
        Assert.All(page.QuerySelectorAll("details.shared-note"), d => Assert.False(d.HasAttribute("open")));
        // Nothing is interleaved between the paragraphs but these folded notes and the headings.
        Assert.All(page.QuerySelectorAll("article.commentary > *").Where(e => e.PreviousElementSibling?.ClassList.Contains("para") == true),
            e => Assert.True(e.ClassList.Contains("para") || e.ClassList.Contains("shared-note") || e.LocalName == "h2", e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]));
    }

    [Fact]
    public async Task ThePageSaysOnceThatACommentaryPredatesThePaper()
    {
        var (_, lei) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong?notes=all");
        Assert.Single(Regex.Matches(Html.MainText(lei), "predates the paper"));
        Assert.Contains("of 7 June 2022", lei.QuerySelector(".notes-bar .predates")!.TextContent);
        var (_, chen) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        Assert.DoesNotContain("predates", Html.MainText(chen));
    }

    [Fact]
    public async Task TheSwitchOpensEveryNoteWithoutScriptAndIsMadeAToggleByOne()
    {
        var client = factory.CreateClient();
        var (_, quiet) = await Html.Get(client, "/commentaries/dong-chunling");
        var toggle = quiet.QuerySelector("[data-notes-switch]")!;
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.Equal("/commentaries/dong-chunling?notes=all", toggle.GetAttribute("href"));
        var (_, all) = await Html.Get(client, toggle.GetAttribute("href")!);
        var notes = all.QuerySelectorAll("details.shared-note");
        Assert.NotEmpty(notes);
        Assert.All(notes, d => Assert.True(d.HasAttribute("open")));
        Assert.Equal("true", all.QuerySelector("[data-notes-switch]")!.GetAttribute("aria-pressed"));
        Assert.Equal("/commentaries/dong-chunling", all.QuerySelector("[data-notes-switch]")!.GetAttribute("href"));
        var script = quiet.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.Contains("/js/notes"));
        var js = await client.GetStringAsync(script);
        Assert.Contains("data-notes-switch", js);
        Assert.Contains("localStorage", js);
    }

    [Fact]
    public async Task DongsParagraphOnTheUkraineWarNamesPrioritiesFiveAndThree()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/dong-chunling");
        var summary = NoteOf(page, "p10").QuerySelector("summary")!.TextContent;
        Assert.Contains("Priority 3", summary);
        Assert.Contains("Priority 5", summary);
    }

    [Theory]
    [InlineData("/commentaries/ovais-ali-khokhar?notes=all")]
    [InlineData("/commentaries/dong-chunling?notes=all")]
    [InlineData("/compare/commitments/4")]
    [InlineData("/compare/priorities/5")]
    [InlineData("/coverage")]
    public async Task NoSimilarityNumberStandsBareOnlyInATitle(string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var main = page.QuerySelector("main")!.Clone(true) as IElement;
        foreach (var svg in main!.QuerySelectorAll("svg").ToList()) svg.Remove(); // the heat map's tooltips are titles too
        Assert.DoesNotMatch(@"\b0\.\d\d\b", main.TextContent);
        Assert.Contains(page.QuerySelectorAll("[title]"), e => e.GetAttribute("title")!.Contains("how alike their words are: 0.", StringComparison.OrdinalIgnoreCase));
    }
}
