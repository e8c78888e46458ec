using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// An earlier edition read at its address: served as it was even where today's checks would refuse it, its links kept
/// in it, its quote checks naming it, its citations carrying its address; and its builds bounded, with 503s that say why.
/// </summary>
public sealed class EarlierEditionPagesTests : IDisposable
{
    private readonly EditedSite site = new(watch: false);
    private readonly List<IDisposable> owned = [];

    public void Dispose()
    {
        owned.ForEach(o => o.Dispose());
        site.Dispose();
    }

    /// <summary>
    /// An earlier edition in the site's archive, with one word of commitment 4 changed and, as edition ea49633d1fea had,
    /// a [sic] word its text lacks; then the site restarted on the same folders (the catalog is read at start-up).
    /// </summary>
    /// <param name="earlierAntonyms">The antonym list archived with the earlier editions (part of their id); without one, as editions archived before that rule, they are checked with today's.</param>
    private (HttpClient Client, string Earlier, string Current) Restarted(Dictionary<string, string?>? settings = null, int editions = 1, string? earlierAntonyms = null)
    {
        File.Copy(Repository.Path("content/antonyms.yml"), Path.Combine(site.Folder, "antonyms.yml"), overwrite: true);
        var archive = new EditionArchive(site.ArchiveFolder);
        var ids = new List<string>();
        for (var n = 0; n < editions; n++)
        {
            var files = Directory.GetFiles(site.Folder, "*.md").Select(f => (Name: Path.GetFileName(f), Markdown: File.ReadAllText(f)))
                .Select(f => f.Name == "paper.md" ? (f.Name, f.Markdown.Replace("Humanity is an", n == 0 ? "Humanity is one" : $"Humanity is {n} of an"))
                    : f.Name == "chen-xiangyang.md" ? (f.Name, f.Markdown.Replace("  - \"soveignty\"", "  - \"soveignty\"\n  - \"securty\"")) : f)
                .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            var library = Core.Content.ContentLoader.LoadHistory(files, "test", File.ReadAllText(Path.Combine(site.Folder, "search-terms.yml")), earlierAntonyms).Library!;
            ids.Add(archive.Store(library, DateTimeOffset.UtcNow.AddDays(-1 - n), "test").Id);
        }
        var current = Core.Content.ContentLoader.Load(site.Folder).Library!.Version;
        var factory = new PortalFactory { ContentPath = site.Folder, Settings = settings ?? [] };
        owned.Add(factory);
        return (factory.CreateClient(), ids[0], current);
    }

    [Fact]
    public async Task AnEditionNamedByItsDayAsHumanCitationsNameItIsFoundAndADayBeforeAnyIsAHelpful404()
    {
        var (client, earlier, current) = Restarted();
        var (_, listing) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        var day = DateOnly.ParseExact(listing.QuerySelector("#edition-banner time")?.GetAttribute("datetime") ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var raw = owned.OfType<PortalFactory>().Last().CreateNonRedirectingClient();
        var found = await raw.GetAsync($"/editions/{day:yyyy-MM-dd}/paper/commitments/4?highlight=humanity");
        Assert.Equal(HttpStatusCode.Found, found.StatusCode);
        // Both editions state the same day; the later one archived is the text as it stood at its end.
        Assert.Equal($"/editions/{current}/paper/commitments/4?highlight=humanity", found.Headers.Location!.OriginalString);
        var before = await client.GetAsync("/editions/2000-01-01/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        var said = await before.Content.ReadAsStringAsync();
        // This copy holds only the editions it archived itself, not the texts' history: it says what it holds, never
        // that no edition had been published (review 18, D2).
        Assert.Contains("This copy of the site holds no edition from 1 January 2000 or before: the earliest it holds is the edition of", said);
        Assert.DoesNotContain("had been published", said);
        Assert.Contains(earlier, said);
    }

    [Fact]
    public async Task TheBannerNamesTheOtherEditionsOfTheSameDateForACitationThatGivesOnlyTheDate()
    {
        var (client, earlier, current) = Restarted();
        var (_, page) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        var line = page.QuerySelector("#edition-banner .edition-same-date")!;
        Assert.StartsWith("Another edition also states this date:", line.TextContent.Trim());
        Assert.Equal([$"/editions/{current}/paper/commitments/4"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("may mean either", line.TextContent);
        // It said "the address in it names one", but a citation links the current page unless asked for the edition's
        // (url=edition): what names the edition in every citation is the id beside its date.
        Assert.Contains("the id beside the date", Html.Folded(line.TextContent));
        Assert.Contains($"({earlier})", Html.Folded(line.TextContent));
        Assert.DoesNotContain("the address in it names one", line.TextContent);
    }

    /// <summary>
    /// A fixed edition's page carries a one-line reminder for a phone's screen (shown there once the banner has left it:
    /// EditionLineTests in a browser): the edition's date and whether it is the current one, hidden from screen readers,
    /// which have the banner, and so without a link. The current site's pages have none.
    /// </summary>
    [Fact]
    public async Task AnEditionsPageCarriesItsOneLineReminderAndTheCurrentSitesPagesNone()
    {
        var (client, earlier, current) = Restarted();
        var (_, then) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        var banner = then.QuerySelector("#edition-banner time")!.TextContent;
        var line = Assert.Single(then.QuerySelectorAll("[data-edition-line]"));
        Assert.Equal("true", line.GetAttribute("aria-hidden"));
        Assert.Empty(line.QuerySelectorAll("a, button, [tabindex]"));
        Assert.StartsWith($"Edition of {banner}", line.TextContent.Trim());
        Assert.DoesNotContain("the current one", line.TextContent);
        var (_, now) = await Html.Get(client, $"/editions/{current}/paper/commitments/4");
        Assert.EndsWith(", the current one", now.QuerySelector("[data-edition-line]")!.TextContent.Trim());
        var (_, site) = await Html.Get(client, "/paper/commitments/4");
        Assert.Null(site.QuerySelector("[data-edition-line]"));
    }

    [Fact]
    public async Task AnAddressThatNamesNothingInAnEditionIsA404WhoseBannerSpeaksOfThatAddressNeverOfTheErrorRoute()
    {
        var (client, earlier, current) = Restarted();
        foreach (var edition in new[] { earlier, current })
        {
            var (response, page) = await Html.Get(client, $"/editions/{edition}/indivisible-security");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var banner = page.QuerySelector("#edition-banner")!;
            // The error page is re-executed at /not-found: its banner linked that route, in this edition and in every
            // other edition of the day, as if the reader had asked for it.
            Assert.All(banner.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? ""), href => Assert.DoesNotContain("not-found", href));
            Assert.Null(banner.QuerySelector(".edition-same-date"));
            // The search box asks for what the address seemed to name.
            Assert.Equal("indivisible security", page.QuerySelector("#nf-q")!.GetAttribute("value"));
        }
        // In the current edition its usual address names nothing either: none is offered. An earlier edition offers the
        // address as it is now, where a newer edition may have it.
        var (_, now) = await Html.Get(client, $"/editions/{current}/indivisible-security");
        Assert.Null(now.QuerySelector("#edition-banner [data-current-site]"));
        var (_, then) = await Html.Get(client, $"/editions/{earlier}/indivisible-security");
        Assert.Equal("/indivisible-security", then.QuerySelector("#edition-banner [data-current-site]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnEditionTodaysSicCheckWouldRefuseIsServedAsItWasWithTheWarningSaid()
    {
        var (client, earlier, _) = Restarted();
        var (response, page) = await Html.Get(client, $"/editions/{earlier}/commentaries/chen-xiangyang");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sic 'securty' does not occur", page.QuerySelector("#edition-banner .edition-warnings")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("article p"));
        var (item, itemPage) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        Assert.Contains("Humanity is one", Html.MainText(itemPage));
    }

    [Theory]
    [InlineData("/paper/commitments/4")]
    [InlineData("/commentaries/lei-kezhong")]
    [InlineData("/paper/priorities")]
    [InlineData("/quote-check?text=Humanity+is+one+indivisible+security+community")]
    public async Task EveryLinkToTheTextsInAnEarlierEditionsPageStaysInThatEdition(string address)
    {
        var (client, earlier, _) = Restarted();
        var prefix = $"/editions/{earlier}";
        var (response, page) = await Html.Get(client, prefix + address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("a[href], form[action], script[src], [data-api-passages]")
            .Select(e => (Element: e, Value: e.GetAttribute("href") ?? e.GetAttribute("action") ?? e.GetAttribute("src") ?? e.GetAttribute("data-api-passages")!))
            .Where(l => l.Value.StartsWith('/') && !l.Value.StartsWith("//"))
            .ToList();
        var inEdition = links.Where(l => l.Value.StartsWith(prefix + "/") || l.Value == prefix).ToList();
        Assert.True(inEdition.Count >= 5, $"only {inEdition.Count} links in the edition");
        foreach (var (element, value) in links.Except(inEdition))
        {
            // What is left leads to the current site: a site-wide page, or the banner's way to today's text.
            Assert.True(!EditionLinks.IsInEdition(value) || element.HasAttribute(EditionLinks.CurrentSiteAttribute),
                $"{element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]} leads out of edition {earlier}");
        }
        Assert.Contains(links, l => l.Value == "/search" || l.Value.StartsWith("/search?"));
        Assert.Contains(links, l => l.Value == "/about" || l.Value.StartsWith("/about#"));
    }

    [Fact]
    public async Task SearchInAnEarlierEditionIsSentToTheCurrentSite()
    {
        var (client, earlier, _) = Restarted();
        var response = await client.GetAsync($"/editions/{earlier}/search?q=security");
        // The client follows the redirect: the current site's search answers.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/search", response.RequestMessage!.RequestUri!.AbsolutePath);
        // And says so: the edition was left in silence (review 18, D15). The page names the edition searched from.
        var page = await Html.Parse(await response.Content.ReadAsStringAsync());
        var note = Html.Folded(page.QuerySelector("#edition-searched")?.TextContent ?? "");
        Assert.StartsWith("Search reads the current edition only: an earlier edition is kept without a search index", note);
        Assert.Contains($"edition {earlier} cannot be searched", note);
        Assert.NotEmpty(page.QuerySelectorAll("ol.results li.result"));
        // A program that reads the redirect finds the reason in it; the API is not given the page's parameter.
        var raw = owned.OfType<PortalFactory>().Last().CreateNonRedirectingClient();
        var api = await raw.GetAsync($"/editions/{earlier}/api/search?q=security");
        Assert.Equal(HttpStatusCode.Found, api.StatusCode);
        Assert.Equal("/api/search?q=security", api.Headers.Location!.OriginalString);
        Assert.StartsWith("Search reads the current edition only", await api.Content.ReadAsStringAsync());
        var sent = await raw.GetAsync($"/editions/{earlier}/search?q=security");
        Assert.Equal($"/search?q=security&edition={earlier}", sent.Headers.Location!.OriginalString);
        // A made-up edition= names nothing on the page.
        var (_, plain) = await Html.Get(client, "/search?q=security&edition=not-an-id");
        Assert.Null(plain.QuerySelector("#edition-searched"));
    }

    [Fact]
    public async Task AQuoteCheckVerdictNamesItsEditionAndAntonymListAndAPinnedRecheckReadsThatEditionsWords()
    {
        var (client, earlier, current) = Restarted();
        const string Quoted = "Humanity is one indivisible security community";

        var (response, pinned) = await Html.Get(client, $"/editions/{earlier}/quote-check?text={Uri.EscapeDataString(Quoted)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("exact", pinned.QuerySelector("#results")!.GetAttribute("data-verdict"));
        var against = pinned.QuerySelector(".checked-against")!;
        Assert.Equal(earlier, against.GetAttribute("data-edition"));
        Assert.Matches("^[0-9a-f]{8}$", against.GetAttribute("data-antonyms")!);
        Assert.Contains("another verdict", against.TextContent); // today's text says "an", not "one"
        Assert.Equal($"/quote-check?text={Uri.EscapeDataString(Quoted)}".Replace("%20", "+"), against.QuerySelector("a.current-verdict")!.GetAttribute("href")!.Replace("%20", "+"));

        var (_, now) = await Html.Get(client, $"/quote-check?text={Uri.EscapeDataString(Quoted)}");
        Assert.NotEqual("exact", now.QuerySelector("#results")!.GetAttribute("data-verdict"));
        Assert.Equal(current, now.QuerySelector(".checked-against")!.GetAttribute("data-edition"));
        Assert.Equal(against.GetAttribute("data-antonyms"), now.QuerySelector(".checked-against")!.GetAttribute("data-antonyms"));
        Assert.StartsWith($"/editions/{current}/quote-check?text=", now.QuerySelector(".checked-against a.pinned-verdict")!.GetAttribute("href"));

        var api = await client.PostAsJsonAsync($"/editions/{earlier}/api/quote-check", new { text = Quoted });
        var answer = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("exact", answer.GetProperty("verdict").GetString());
        var checkedAgainst = answer.GetProperty("checkedAgainst");
        Assert.Equal(earlier, checkedAgainst.GetProperty("edition").GetString());
        Assert.StartsWith($"/editions/{earlier}/quote-check?text=", checkedAgainst.GetProperty("fixedShare").GetString());
        Assert.Equal(against.GetAttribute("data-antonyms"), checkedAgainst.GetProperty("antonyms").GetString());

        var audit = await client.PostAsJsonAsync($"/editions/{earlier}/api/quote-audit", new { article = $"She wrote that \"{Quoted}.\"" });
        var audited = JsonDocument.Parse(await audit.Content.ReadAsStringAsync()).RootElement.GetProperty("checkedAgainst");
        Assert.Equal(earlier, audited.GetProperty("edition").GetString());
        Assert.Equal(against.GetAttribute("data-antonyms"), audited.GetProperty("antonyms").GetString());
    }

    [Fact]
    public async Task APinnedRecheckOfAnEarlierEditionUsesTheAntonymListItWasCheckedWith()
    {
        // The earlier edition was checked with a list that lacked [abandon, uphold]; today's has it (issue 23).
        var today = File.ReadAllText(Repository.Path("content/antonyms.yml"));
        var then = string.Join('\n', today.Split('\n').Where(l => !l.StartsWith("  - [abandon, uphold]", StringComparison.Ordinal)));
        Assert.NotEqual(today, then);
        var (client, earlier, current) = Restarted(earlierAntonyms: then);
        const string Quoted = "We abandon the principle of indivisible security, advocating the indivisibility between individual security and common security.";

        async Task<JsonElement> Check(string prefix) =>
            JsonDocument.Parse(await (await client.PostAsJsonAsync($"{prefix}/api/quote-check", new { text = Quoted })).Content.ReadAsStringAsync()).RootElement;
        var pinned = await Check($"/editions/{earlier}");
        var now = await Check("");
        static bool Reversed(JsonElement answer) => answer.GetProperty("matches")[0].GetProperty("meaningChanges").EnumerateArray().Any(c => c.GetProperty("kind").GetString() == "antonym");
        Assert.False(Reversed(pinned));
        Assert.True(Reversed(now));
        Assert.Equal(Core.Content.ContentVersion.OfSetting(then), pinned.GetProperty("checkedAgainst").GetProperty("antonyms").GetString());
        Assert.Equal(Core.Content.ContentVersion.OfSetting(today), now.GetProperty("checkedAgainst").GetProperty("antonyms").GetString());
        Assert.Equal(current, now.GetProperty("checkedAgainst").GetProperty("edition").GetString());

        // The same texts with another list are another edition: the earlier one keeps its list whoever asks.
        Assert.NotEqual(earlier, current);
        var (_, page) = await Html.Get(client, $"/editions/{earlier}/quote-check?text={Uri.EscapeDataString(Quoted)}");
        Assert.Equal(Core.Content.ContentVersion.OfSetting(then), page.QuerySelector(".checked-against")!.GetAttribute("data-antonyms"));
    }

    [Fact]
    public async Task ACitationCarriesTheFixedEditionsAddressByDefaultAndTheCurrentOnlyWhenAsked()
    {
        var (client, earlier, current) = Restarted();
        // Every format carries the edition's address by default: the words the citation names, for ever.
        var chicago = await client.GetStringAsync("/cite/paper/commitments/4?format=chicago");
        Assert.Contains($"/editions/{current}/paper/commitments/4", chicago);
        Assert.Contains("GsiPortal edition of ", chicago);
        // The id twice in the note and twice in the bibliography entry: in the edition's name ("GsiPortal edition of …
        // ({id})"), as every citation names it, and in the URL.
        Assert.All(chicago.Split('\n'), line => Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(line, current).Count));
        Assert.Contains($"({current}), ", chicago);
        Assert.Equal(chicago, await client.GetStringAsync("/cite/paper/commitments/4?format=chicago&url=edition"));
        // The reference entries and the data's URL name the work, the paper, in the edition; the data's pinpoint note the place.
        foreach (var format in new[] { "apa", "mla", "bibtex", "ris", "csl-json", "csl-citation" })
            Assert.Contains($"http://localhost/editions/{current}/paper", await client.GetStringAsync($"/cite/paper/commitments/4?format={format}"));
        foreach (var format in new[] { "bibtex", "ris", "csl-json", "csl-citation" })
            Assert.Contains($"http://localhost/editions/{current}/paper/commitments/4", await client.GetStringAsync($"/cite/paper/commitments/4?format={format}"));

        // url=current: the page's current address, as every citation carried until the tenth session; the words still
        // name the edition by its date and id.
        var now = await client.GetStringAsync("/cite/paper/commitments/4?format=chicago&url=current");
        Assert.DoesNotContain("/editions/", now);
        Assert.Contains("http://localhost/paper/commitments/4.", now);
        Assert.Contains($"({current})", now);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/cite/paper/commitments/4?format=chicago&url=yesterday")).StatusCode);

        // Within an earlier edition, the Cite section's link and citation name that edition's address, and so does a
        // citation asked for with url=current: its words are that edition's, not the current text's.
        var (_, old) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        Assert.Contains($"/editions/{earlier}/paper/commitments/4", old.QuerySelector("#citation")!.TextContent);
        Assert.EndsWith($"/editions/{earlier}/paper/commitments/4", old.QuerySelector("#cite-link")!.TextContent);
        // APA's reference names the work, the paper, in that edition (review 20).
        Assert.Contains($"/editions/{earlier}/paper\n", await client.GetStringAsync($"/editions/{earlier}/cite/paper/commitments/4?format=apa"));
        Assert.Contains($"/editions/{earlier}/paper\n", await client.GetStringAsync($"/editions/{earlier}/cite/paper/commitments/4?format=apa&url=current"));
    }

    [Fact]
    public async Task TheAddressACitationCarriedWhenItsEditionWasCurrentStillAnswersWithTheWordsItCited()
    {
        // The earlier edition was the current one when cited: its citation carried /editions/{earlier}/…, which the
        // archive keeps after a new edition is served, with the words it had ("Humanity is one").
        var (client, earlier, _) = Restarted();
        var (response, page) = await Html.Get(client, $"/editions/{earlier}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Humanity is one indivisible security community", page.QuerySelector("main")!.TextContent);
        Assert.Contains($"/editions/{earlier}/paper/commitments/4", await client.GetStringAsync($"/editions/{earlier}/cite/paper/commitments/4?format=ris"));
    }

    [Fact]
    public async Task BeyondTheBuildQueueAnEarlierEditionIsA503WithRetryAfterAndTheReasonNeverA500()
    {
        var (client, earlier, _) = Restarted(new() { ["Portal:EditionBuildsPerMinute"] = "1", ["Portal:EditionBuildQueue"] = "0" }, editions: 2);
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("editions").EnumerateArray()
            .Select(e => e.GetProperty("version").GetString()!).ToList();
        var other = all.Single(v => v != earlier && all.IndexOf(v) > 0);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/editions/{earlier}/paper/commitments/4")).StatusCode);
        var (refused, page) = await Html.Get(client, $"/editions/{other}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds >= 1);
        Assert.Contains("at most 1 a minute", page.QuerySelector("#edition-refusal")!.TextContent);
        // A short page: when to try again and where to read meanwhile, not every edition there is (it listed them all).
        Assert.Empty(page.QuerySelectorAll("li.edition-entry"));
        Assert.Matches(@"^Try again in \d+ seconds: the same address\.$", Html.Folded(page.QuerySelector("#edition-retry")!.TextContent));
        Assert.Equal($"/editions/{other}/paper/commitments/4", page.QuerySelector("#edition-retry a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main a[href='/paper/commitments/4']"));
        Assert.NotNull(page.QuerySelector("main a[href='/editions']"));
        var api = await client.GetAsync($"/editions/{other}/api/paper/commitments/4");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        // The kept one and the current edition serve on.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/editions/{earlier}/paper/priorities/12")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/paper/commitments/4")).StatusCode);
    }
}
