using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Pages.Shared;

/// <summary>The Cite section: one citation in the default style, the canonical link, every format a download.</summary>
[Collection(RealSite.Name)]
public class CitePanelTests(PortalFactory factory)
{
    [Fact]
    public async Task OneCitationTheEditionsLinkAndEveryFormatAsADownload()
    {
        var version = (await factory.EditionInServiceAsync()).Version;
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var panel = page.QuerySelector("section.cite")!;
        // The link is the edition's address, which the citation carries too: the cited words, for ever. It reads as the
        // absolute address (the script's Copy link copies this text); its href is the same place.
        Assert.Equal($"/editions/{version}/paper/commitments/4", panel.QuerySelector("a#cite-link")!.GetAttribute("href"));
        Assert.Equal($"http://localhost/editions/{version}/paper/commitments/4", panel.QuerySelector("#cite-link")!.TextContent);
        Assert.StartsWith("Link to this edition:", panel.QuerySelector(".link-line")!.TextContent);
        // The note links the place; the bibliography entry names the work, the paper, one entry for every place cited in it (review 20).
        Assert.Equal(1, panel.QuerySelector("#citation")!.TextContent.Split($"http://localhost/editions/{version}/paper/commitments/4").Length - 1);
        Assert.EndsWith($"http://localhost/editions/{version}/paper.", panel.QuerySelector("#citation")!.TextContent.Trim());
        // Without script the section carries no control it cannot use: the script makes the picker and the buttons.
        Assert.Empty(panel.QuerySelectorAll("button, select"));
        var citation = panel.QuerySelector("#citation")!;
        // The note and its bibliography entry are served, not completed by script: a line added after paint moves the page.
        Assert.Equal("chicago", citation.GetAttribute("data-format"));
        Assert.Contains("Bibliography: Ministry of Foreign Affairs", citation.TextContent);
        Assert.Contains("pt. II, commitment 4", citation.TextContent);
        Assert.Equal("The Global Security Initiative Concept Paper", citation.QuerySelector("i")!.TextContent);
        // The styles the script's picker offers are the downloads marked as styles.
        Assert.Equal(["/cite/paper/commitments/4?format=chicago", "/cite/paper/commitments/4?format=apa", "/cite/paper/commitments/4?format=mla"],
            panel.QuerySelectorAll(".cite-downloads a[data-style]").Select(a => a.GetAttribute("href")));
        foreach (var key in new[] { "chicago", "apa", "mla", "bibtex", "ris", "csl-json" })
            Assert.NotNull(panel.QuerySelector($".cite-downloads a[href='/cite/paper/commitments/4?format={key}']"));
        Assert.Equal(1, page.QuerySelectorAll(".citation-text").Length);
    }

    [Fact]
    public async Task ChicagoGivesTheBibliographyEntryOnALineOfItsOwnAfterTheNote()
    {
        var client = factory.CreateClient();
        var (_, commentary) = await Html.Get(client, "/commentaries/ovais-ali-khokhar");
        var citation = commentary.QuerySelector("section.cite #citation")!;
        Assert.Equal("chicago", citation.GetAttribute("data-format"));
        var lines = citation.InnerHtml.Split("<br>");
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Ovais Ali Khokhar, “China’s Vision", lines[0]);
        Assert.StartsWith("Bibliography: Khokhar, Ovais Ali. “China’s Vision", lines[1]);

        // What the script puts in an item page's box, and the download: the note, then the entry without the pinpoint.
        var passage = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4&style=chicago")).RootElement;
        var html = passage.GetProperty("citation").GetProperty("html").GetString()!;
        Assert.Contains("<br>Bibliography: Ministry of Foreign Affairs of the People’s Republic of China. <i>The Global Security Initiative Concept Paper</i>. ", html);
        var download = (await client.GetStringAsync("/cite/paper/commitments/4?format=chicago")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, download.Length);
        Assert.Contains("pt. II, commitment 4", download[0]);
        Assert.DoesNotContain("commitment 4,", download[1]);
    }

    [Fact]
    public async Task WithinAFixedEditionThePassagesApiNamesThatEditionsAddressAsItsPageDoes()
    {
        // What reader.js puts in a fixed edition's Cite section when it completes the note or changes the style.
        var version = (await factory.EditionInServiceAsync()).Version;
        var client = factory.CreateClient();
        var passage = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/editions/{version}/api/passages?address=%2Fpaper%2Fcommitments%2F4&style=apa")).RootElement;
        Assert.Equal($"http://localhost/editions/{version}/paper/commitments/4", passage.GetProperty("url").GetString());
        Assert.Equal($"http://localhost/editions/{version}/paper/commitments/4", passage.GetProperty("editionUrl").GetString());
        // APA's reference names the work in that edition (review 20: one entry for every place cited in the paper).
        Assert.Contains($"http://localhost/editions/{version}/paper\n", passage.GetProperty("citation").GetProperty("text").GetString());
    }

    [Fact]
    public async Task ThePassagesApiCitesTheEditionsAddressAndLinksTheCurrentText()
    {
        // The Cite section's link line and the quotation's citation take editionUrl and the citation; the panel's Copy
        // link and the linker's "Read it on GsiPortal" share url, the current text.
        var version = (await factory.EditionInServiceAsync()).Version;
        var current = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/passages?address=%2Fpaper%2Fcommitments%2F4%23s2-s3&style=mla")).RootElement;
        Assert.Equal("http://localhost/paper/commitments/4#s2-s3", current.GetProperty("url").GetString());
        Assert.Equal($"http://localhost/editions/{version}/paper/commitments/4#s2-s3", current.GetProperty("editionUrl").GetString());
        Assert.Contains($"http://localhost/editions/{version}/paper.\n", current.GetProperty("citation").GetProperty("text").GetString());
        Assert.DoesNotContain("http://localhost/paper/", current.GetProperty("citation").GetProperty("text").GetString());
    }

    [Fact]
    public async Task TheCitationIsTheStylesReferenceAndTheDataKeepTheOriginalsAddress()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        // A reader pastes it as it stands: no original address, hash or access date to delete.
        Assert.DoesNotContain("mfa.gov.cn", page.QuerySelector("#citation")!.TextContent);
        Assert.Contains("Originally published at https://www.mfa.gov.cn/", await client.GetStringAsync("/cite/paper/commitments/4?format=ris"));
    }

    [Theory]
    [InlineData("html", "text/html", "<i>The Global Security Initiative Concept Paper</i>")]
    [InlineData("rtf", "application/rtf", @"{\i The Global Security Initiative Concept Paper}")]
    public async Task TheStylesDownloadAsHtmlAndRtfWithTheirItalics(string markup, string mediaType, string italicTitle)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var link = page.QuerySelectorAll("section.cite a[data-markup]").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("format=chicago", StringComparison.Ordinal) && h.EndsWith("markup=" + markup, StringComparison.Ordinal));
        var response = await client.GetAsync(link);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(italicTitle, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/cite/paper/commitments/4?format=chicago&markup=pdf", "markup must be one of")]
    [InlineData("/cite/paper/commitments/4?format=ris&markup=html", "data format")]
    public async Task AMarkupThatDoesNotFitIsRefusedWithTheReason(string address, string reason)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInferredDateIsBracketedWithAQueryAsChicagoWritesCirca()
    {
        var (_, commentary) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        Assert.Contains("[2023?]", commentary.QuerySelector("section.cite #citation")!.TextContent);
    }

    [Fact]
    public async Task TheCiteSectionLinksToHowToCite()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        Assert.NotNull(page.QuerySelector("section.cite a[href='/how-to-cite']"));
    }
}
