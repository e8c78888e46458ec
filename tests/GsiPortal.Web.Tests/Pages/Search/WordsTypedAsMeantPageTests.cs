namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// What the page says of a word of English the texts never use, and of a slip beside one (a fresh-eyes review, the
/// nineteenth turn), and that the help's examples of both (/about#searching) are true of the page. On the real content.
/// </summary>
[Collection(RealSite.Name)]
public class WordsTypedAsMeantPageTests(PortalFactory factory)
{
    [Fact]
    public async Task ASlipBesideAWordFoundNowhereIsSaidCorrectedAndItsWordsOfferedAsCorrected()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/search?q=Ukrane+ceasefire");
        Assert.StartsWith("No results for “Ukrane ceasefire”, nor for “Ukraine ceasefire”", Html.Folded(page.QuerySelector("[role=status]")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("li.result"));
        var words = page.QuerySelectorAll(".zero ul.separately li");
        Assert.Equal(2, words.Length);
        var ukraine = words[0].QuerySelector("a")!;
        Assert.Equal("/search?q=Ukraine", ukraine.GetAttribute("href"));
        var (_, alone) = await Html.Get(client, ukraine.GetAttribute("href")!);
        Assert.Contains($"({alone.QuerySelectorAll("li.result").Length} results)", words[0].TextContent);
        Assert.Equal("ceasefire (found nowhere)", Html.Folded(words[1].TextContent));
    }

    [Fact]
    public async Task AWordOfEnglishTheTextsNeverUseIsSaidUnwrittenNotCorrected()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/search?q=robots+war");
        var status = Html.Folded(page.QuerySelector("[role=status]")!.TextContent);
        Assert.DoesNotContain("roots", status, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".as-typed"));
        // Searched as the editors' list gives it, and said so: not a correction.
        Assert.StartsWith("No passage says “robots”; searched instead: emerging technologies", Html.Folded(page.QuerySelector(".also-searched")!.TextContent));
        Assert.DoesNotContain(page.QuerySelectorAll("li.result .snippet mark"), m => m.TextContent.StartsWith("root", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheHelpsExamplesOfAWordFoundNowhereAreTrueOfThePage()
    {
        var client = factory.CreateClient();
        var (_, about) = await Html.Get(client, "/about");
        var help = Html.Folded(about.QuerySelector("#searching ~ dl.search-help")!.TextContent);
        // A word no passage holds, beside words that do not outweigh it: the words find nothing, and it is named.
        Assert.Contains("where none does (drug smuggling gangs), the words find nothing", help, StringComparison.Ordinal);
        var (_, smuggling) = await Html.Get(client, "/search?q=drug+smuggling+gangs");
        Assert.Empty(smuggling.QuerySelectorAll("li.result"));
        Assert.Contains(smuggling.QuerySelectorAll(".zero ul.separately li"), li => Html.Folded(li.TextContent) == "smuggling (found nowhere)");
        // One the other words outweigh: found all the same.
        Assert.Contains("(maritime piracy robbery giraffes)", help, StringComparison.Ordinal);
        var (_, giraffes) = await Html.Get(client, "/search?q=maritime+piracy+robbery+giraffes");
        Assert.NotEmpty(giraffes.QuerySelectorAll("li.result"));
        // A word of English is taken as typed; a slip beside a word found nowhere is corrected.
        Assert.Contains("(robots is not “roots”)", help, StringComparison.Ordinal);
        Assert.Contains("(Ukrane ceasefire)", help, StringComparison.Ordinal);
    }
}
