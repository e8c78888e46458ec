using System.Net;
using System.Text;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Linking;

public class LinkingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/paper/commitments/4/", "/paper/commitments/4")]
    [InlineData("/Paper/Commitments/4", "/paper/commitments/4")]
    [InlineData("/paper/commitment/4", "/paper/commitments/4")]
    [InlineData("/paper/ii/4", "/paper/commitments/4")]
    [InlineData("/paper/II/4", "/paper/commitments/4")]
    [InlineData("/paper/2/4", "/paper/commitments/4")]
    [InlineData("/paper/priority/12", "/paper/priorities/12")]
    [InlineData("/COMMENTARIES/LEI-KEZHONG/", "/commentaries/lei-kezhong")]
    [InlineData("/paper/commitments/4/?highlight=peace", "/paper/commitments/4?highlight=peace")]
    public async Task AlternativeSpellingsRedirectWith308(string address, string canonical)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheSitemapListsEveryPageAndEachAnswers200()
    {
        var client = factory.CreateClient();
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.Equal(2 + 4 + 31 + 1 + 4 + 2 + 1 + 31 + 1, pages.Count); // …, coverage, a comparison per item, terms
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await client.GetStringAsync("/robots.txt"));
    }

    [Fact]
    public async Task EveryInternalLinkFromHomeLeadsSomewhereIncludingItsAnchor()
    {
        var client = factory.CreateClient();
        var pages = new Dictionary<string, HashSet<string>>(); // page → ids on it
        var queue = new Queue<string>(["/"]);
        var links = new List<(string From, string To)>();
        while (queue.Count > 0 && pages.Count < 400)
        {
            var page = queue.Dequeue();
            if (pages.ContainsKey(page)) continue;
            var (response, document) = await Html.Get(client, page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
            pages[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') && !href.StartsWith('#')) continue;
                var target = href.StartsWith('#') ? page.Split('#')[0] + href : href;
                links.Add((page, target));
                var path = target.Split('#')[0];
                if (!path.StartsWith("/download/") && !path.StartsWith("/cite/") && !path.StartsWith("/api/") && !path.Contains("?") && !pages.ContainsKey(path)) queue.Enqueue(path);
            }
        }
        foreach (var (from, to) in links.Distinct())
        {
            var parts = to.Split('#', 2);
            if (!pages.ContainsKey(parts[0]))
            {
                var response = await client.GetAsync(parts[0]);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{from} links to {to}, which answers {response.StatusCode}");
                continue;
            }
            if (parts.Length == 2) Assert.True(pages[parts[0]].Contains(parts[1]), $"{from} links to {to}, but {parts[0]} has no id '{parts[1]}'");
        }
        Assert.True(pages.Count > 40, $"the crawl reached only {pages.Count} pages");
    }

    [Fact]
    public async Task AnItemPageCarriesOpenGraphTwitterAndJsonLd()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        Assert.StartsWith("Commitment 4: Stay committed to taking the legitimate security concerns", Meta("meta[property='og:title']"));
        Assert.StartsWith("Stay committed to taking the legitimate security concerns of all countries seriously.", Meta("meta[property='og:description']"));
        Assert.Equal("http://localhost/paper/commitments/4", Meta("meta[property='og:url']"));
        Assert.Equal("GsiPortal", Meta("meta[property='og:site_name']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("CreativeWork", ld.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/paper/commitments", ld.GetProperty("isPartOf").GetProperty("@id").GetString());
        Assert.Equal("http://localhost/paper", ld.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task ThePaperIsACreativeWorkWithItsPartsAndACommentaryAnArticleAboutIt()
    {
        var (_, paper) = await Html.Get(factory.CreateClient(), "/paper");
        var work = JsonDocument.Parse(paper.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(4, work.GetProperty("hasPart").GetArrayLength());
        Assert.Equal(6, work.GetProperty("hasPart")[1].GetProperty("hasPart").GetArrayLength());
        Assert.Equal("2023-02-21", work.GetProperty("datePublished").GetString());

        var (_, commentary) = await Html.Get(factory.CreateClient(), "/commentaries/lei-kezhong");
        var article = JsonDocument.Parse(commentary.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Lei Kezhong", article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2022-06-07", article.GetProperty("datePublished").GetString());
        Assert.Equal("Embassy Update", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("http://localhost/paper", article.GetProperty("about").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task OEmbedAnswersRichWithABlockquoteThatLinksBack()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.Get(client, "/paper/commitments/4");
        var discovery = page.QuerySelector("link[rel=alternate][type='application/json+oembed']")!.GetAttribute("href")!;
        var json = JsonDocument.Parse(await client.GetStringAsync(discovery)).RootElement;
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal("GsiPortal", json.GetProperty("provider_name").GetString());
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.True(json.GetProperty("height").GetInt32() > 0);
        var html = await Html.Parse(json.GetProperty("html").GetString()!);
        Assert.StartsWith("Stay committed to taking the legitimate security concerns", html.QuerySelector("blockquote p")!.TextContent);
        Assert.Equal("http://localhost/paper/commitments/4", html.QuerySelector("blockquote cite a")!.GetAttribute("href"));

        var paragraph = JsonDocument.Parse(await client.GetStringAsync("/oembed?format=json&url=" + Uri.EscapeDataString("http://localhost/commentaries/chen-xiangyang#p9"))).RootElement;
        Assert.Contains("Fourth,", paragraph.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("/oembed?url=https%3A%2F%2Fexample.com%2Fpaper%2Fcommitments%2F4&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F9&format=json", HttpStatusCode.NotFound)]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4&format=xml", HttpStatusCode.NotImplemented)]
    [InlineData("/oembed?format=json", HttpStatusCode.BadRequest)]
    public async Task OEmbedRefusesWhatItCannotAnswer(string address, HttpStatusCode status) =>
        Assert.Equal(status, (await factory.CreateClient().GetAsync(address)).StatusCode);

    [Theory]
    [InlineData("/embed/paper/commitments/4", "Stay committed to taking the legitimate")]
    [InlineData("/embed/commentaries/chen-xiangyang/p9", "Fourth,")]
    [InlineData("/embed/paper/background/background-p2", "Today, our world")]
    public async Task EmbedPagesMayBeFramedAndShowOneItem(string address, string text)
    {
        var (response, page) = await Html.Get(factory.CreateClient(), address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains(text, page.QuerySelector("blockquote")!.TextContent);
        Assert.Null(page.QuerySelector("nav"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/paper/commitments/4")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2Fpaper%2Fcommitments%2F4")]
    public async Task EveryOtherPageRefusesFraming(string address) =>
        Assert.Contains("frame-ancestors 'none'", (await factory.CreateClient().GetAsync(address)).Headers.GetValues("Content-Security-Policy").Single());

    [Fact]
    public async Task TheCitePanelOffersEveryFormatWithTheCanonicalAddress()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/commitments/4");
        var panel = page.QuerySelector("section.cite")!;
        Assert.Equal("http://localhost/paper/commitments/4", panel.QuerySelector("a.canonical")!.GetAttribute("href"));
        foreach (var key in new[] { "chicago", "apa", "mla", "bibtex", "ris", "csl-json" })
        {
            Assert.False(string.IsNullOrWhiteSpace(panel.QuerySelector($"#cite-{key}")!.TextContent));
            Assert.NotNull(panel.QuerySelector($"button.copy[data-copy='cite-{key}']"));
            Assert.NotNull(panel.QuerySelector($"a[href='/cite/paper/commitments/4?format={key}']"));
        }
        Assert.Contains("pt. II, commitment 4", panel.QuerySelector("#cite-chicago")!.TextContent);
        Assert.Contains("“Humanity is an indivisible security community.”", panel.QuerySelector("#cite-s2-text")!.TextContent);
        Assert.Equal("#s2", panel.QuerySelector("#cite-s2 a")!.GetAttribute("href"));
        var (_, commentary) = await Html.Get(factory.CreateClient(), "/commentaries/chen-xiangyang");
        Assert.Contains("[2023]", commentary.QuerySelector("section.cite #cite-chicago")!.TextContent);
    }

    [Theory]
    [InlineData("bibtex", "application/x-bibtex", "@misc{paper-commitment-4,")]
    [InlineData("ris", "application/x-research-info-systems", "TY  - GOVDOC")]
    [InlineData("csl-json", "application/vnd.citationstyles.csl+json", "\"id\": \"paper-commitment-4\"")]
    [InlineData("chicago", "text/plain", "pt. II, commitment 4")]
    [InlineData("apa", "text/plain", "(pt. II, commitment 4)")]
    [InlineData("mla", "text/plain", "21 Feb. 2023")]
    public async Task CiteDownloadsTheSameTextWithItsMediaType(string format, string mediaType, string expected)
    {
        var response = await factory.CreateClient().GetAsync($"/cite/paper/commitments/4?format={format}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/cite/paper/commitments/4?format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/cite/paper/commitments/9?format=ris", HttpStatusCode.NotFound)]
    [InlineData("/cite/paper/commitments/4?format=ris&sentence=99", HttpStatusCode.NotFound)]
    public async Task CiteRefusesPlainly(string address, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task EverySentenceOfAnItemHasItsPinpointAnchor()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper/priorities/1");
        var ids = page.QuerySelectorAll("article span.s").Select(s => s.Id).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"s{n}"), ids);
    }
}
