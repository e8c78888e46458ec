using System.Net;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>How to cite and link: every example on the page answers as it says.</summary>
[Collection(RealSite.Name)]
public class HowToCitePageTests(PortalFactory factory)
{
    /// <summary>
    /// Every link the page gives as an example lands on a page that answers: a redirect is followed to its end (a 308
    /// was once enough here, and /paper/commitments/IV redirected to /paper/commitments/iv, a 404).
    /// </summary>
    [Fact]
    public async Task EveryExampleLinkOnThePageLandsOnAPage()
    {
        var client = factory.CreateNonRedirectingClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var links = page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.True(links.Count >= 12, $"only {links.Count} examples");
        // And the addresses it writes as code to be typed (/api/search?q=…, /api/passages?address=…).
        var written = page.QuerySelectorAll("main code").Select(c => c.TextContent.Trim()).Where(t => t.StartsWith('/') && !t.Contains(' ')).Distinct().ToList();
        Assert.Contains(written, w => w.StartsWith("/api/search?q=", StringComparison.Ordinal));
        foreach (var link in links.Concat(written))
        {
            var (status, landed) = await Follow(client, link);
            Assert.True(status == HttpStatusCode.OK, $"{link} landed on {landed}, which answered {status}");
        }
    }

    /// <summary>
    /// "Parts and items may be written in Roman or Arabic numerals, in any case": the page shows each way, as links, and
    /// every one lands where the item's own short reference does — the reference and the item's address alike.
    /// </summary>
    [Fact]
    public async Task EveryNumeralTheLinkSectionPromisesLeadsToTheSameItem()
    {
        var client = factory.CreateNonRedirectingClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var promise = page.QuerySelectorAll("#link ~ dl dd").Single(dd => dd.TextContent.Contains("Roman or Arabic numerals, in any case", StringComparison.Ordinal));
        var references = promise.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        var (_, item) = await Follow(client, references[0]);
        Assert.Equal("/paper/commitments/4", item);
        // The forms as written: Arabic, Roman, Roman in lower case.
        var written = promise.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains("2.4", written);
        Assert.Contains("II.IV", written);
        Assert.Contains("ii.iv", written);
        foreach (var form in new[] { "2.4", "II.IV", "ii.iv" })
        {
            var href = promise.QuerySelectorAll("a").First(a => a.TextContent == form).GetAttribute("href")!;
            Assert.Equal((HttpStatusCode.OK, item), await Follow(client, href));
        }
        var address = page.QuerySelectorAll("#link ~ dl dd a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("/paper/commitments/IV", StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.OK, item), await Follow(client, address));
    }

    /// <summary>Follows redirects (at most five) from an address: the last status and where it was answered, fragment left off.</summary>
    private static async Task<(HttpStatusCode Status, string Landed)> Follow(HttpClient client, string address)
    {
        var at = address.Split('#')[0];
        for (var hops = 0; ; hops++)
        {
            var response = await client.GetAsync(at);
            if (response.StatusCode is not (HttpStatusCode.PermanentRedirect or HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect) || hops == 5)
                return (response.StatusCode, at);
            var location = response.Headers.Location!;
            at = (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).Split('#')[0];
        }
    }

    /// <summary>
    /// The page says what the styles print, and it is so: it promised "the access date and … the original address",
    /// which no style printed. Neither is in Chicago, APA or MLA; both are in the data formats.
    /// </summary>
    [Fact]
    public async Task WhatThePageSaysTheStylesPrintIsWhatTheyPrint()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var said = page.QuerySelector("#what-styles-print")!.TextContent;
        Assert.StartsWith("No style prints an access date", said);
        Assert.Contains("Nor do they print the original publisher's address", said);
        Assert.DoesNotContain("with the access date", page.QuerySelector("#cite + p")!.TextContent);
        foreach (var style in new[] { "chicago", "apa", "mla" })
        {
            var citation = await client.GetStringAsync($"/cite/paper/commitments/4?format={style}");
            Assert.DoesNotMatch("(?i)accessed|retrieved", citation);
            Assert.DoesNotContain("mfa.gov.cn", citation);
            Assert.Contains("GsiPortal edition of ", citation);
        }
        Assert.Matches(@"urldate = \{\d{4}-\d{2}-\d{2}\}", await client.GetStringAsync("/cite/paper/commitments/4?format=bibtex"));
        var ris = await client.GetStringAsync("/cite/paper/commitments/4?format=ris");
        Assert.Matches(@"Y2  - \d{4}/\d{2}/\d{2}/", ris);
        Assert.Contains("N1  - Originally published at https://www.mfa.gov.cn/", ris);
        var csl = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/cite/paper/commitments/4?format=csl-json")).RootElement[0];
        Assert.True(csl.TryGetProperty("accessed", out _));
        Assert.Contains("Originally published at https://www.mfa.gov.cn/", csl.GetProperty("note").GetString());
    }

    [Fact]
    public async Task EveryCitationAddressShownDownloadsACitation()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var addresses = page.QuerySelector("#cite")!.NextElementSibling!.NextElementSibling!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // An item, a range of sentences, a sentence, a whole part, the whole paper.
        Assert.Equal(5, addresses.Length);
        foreach (var address in addresses)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(address.Trim()).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task TheEditionItNamesIsTheOneCitationsCarry()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var version = page.QuerySelector("#edition-in-citations code")!.TextContent;
        Assert.Equal(page.QuerySelector("footer [data-edition-version]")!.TextContent, version);
        var shown = page.QuerySelector("#edition-in-citations .example-edition")!.TextContent;
        Assert.Matches($@"^GsiPortal edition of \d{{4}}-\d{{2}}-\d{{2}} \({version}\)$", shown);
        Assert.Contains(shown, await client.GetStringAsync("/cite/paper/commitments/4?format=ris"));
        var inWords = page.QuerySelector("#edition-in-citations .example-edition-words")!.TextContent;
        Assert.StartsWith("GsiPortal edition of ", inWords);
        Assert.EndsWith($" ({version})", inWords);
        Assert.Contains(inWords, await client.GetStringAsync("/cite/paper/commitments/4?format=chicago"));
        // The id leads to the edition: the page's example of the fixed address answers.
        var fixedAddress = page.QuerySelectorAll("#edition-in-citations a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("/editions/", StringComparison.Ordinal));
        Assert.Equal($"/editions/{version}/paper/commitments/4", fixedAddress);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(fixedAddress)).StatusCode);
    }

    [Fact]
    public async Task TheLinkerSnippetLoadsTheScriptThisSiteServes()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var snippet = await Html.Parse(page.QuerySelector("#linker ~ pre.example")!.TextContent);
        var src = new Uri(snippet.QuerySelector("script[src][defer]")!.GetAttribute("src")!);
        var script = await client.GetAsync(src.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/api/passages?", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOEmbedExampleAnswersWithinItsMaxwidth()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var example = new Uri(page.QuerySelector("#oembed + pre")!.TextContent.Trim());
        var answer = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(example.PathAndQuery)).RootElement;
        Assert.Equal(400, answer.GetProperty("width").GetInt32());
        Assert.Contains("sentences 2–3", answer.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheFetchExampleIsOpenToOtherSites()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/how-to-cite");
        var address = System.Text.RegularExpressions.Regex.Match(page.QuerySelector("#cors pre")!.TextContent, "fetch\\(\"(?<url>[^\"]+)\"\\)").Groups["url"].Value;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address).PathAndQuery);
        request.Headers.Add("Origin", "https://other.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var item = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(item.GetProperty("paragraphs")[0].GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("cite")]
    [InlineData("embed")]
    [InlineData("data")]
    public async Task ItHasEachSection(string id)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/how-to-cite");
        Assert.NotNull(page.GetElementById(id));
    }
}
