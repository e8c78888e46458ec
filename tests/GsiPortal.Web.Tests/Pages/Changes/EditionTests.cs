using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using YamlDotNet.Serialization;

namespace GsiPortal.Web.Tests.Pages.Changes;

/// <summary>
/// Every page states its edition (the short hash of the content and the date of the latest change), citations
/// include it, and /changes and /changes.atom list the changes kept in content/changes.md.
/// </summary>
[Collection(RealSite.Name)]
public class EditionTests(PortalFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The changelog's entries, read straight from the file.</summary>
    private static List<Dictionary<string, object>> Changes()
    {
        var yaml = File.ReadAllText(Repository.Path("content/changes.md")).Split("---\n")[1];
        var file = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);
        return ((List<object>)file["changes"]).Cast<Dictionary<object, object>>().Select(e => e.ToDictionary(kv => (string)kv.Key, kv => kv.Value)).ToList();
    }

    /// <summary>
    /// The edition as the site promises it: the first 12 hex digits of SHA-256 over the texts and the apparatus — the
    /// Markdown files by name, then the quote check's antonyms. The search terms key the cache, not the edition (docs/linking.md, "Editions").
    /// </summary>
    private static string ExpectedVersion()
    {
        var all = new StringBuilder();
        foreach (var path in Directory.GetFiles(Repository.Path("content"), "*.md").Order(StringComparer.Ordinal))
            all.Append(Path.GetFileName(path)).Append('\0').Append(File.ReadAllText(path)).Append('\0');
        all.Append("antonyms.yml").Append('\0').Append(File.ReadAllText(Repository.Path("content/antonyms.yml"))).Append('\0');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..12];
    }

    private static string LatestChange() => Changes().Select(c => (string)c["date"]).Max(StringComparer.Ordinal)!;

    [Theory]
    [InlineData("/")]
    [InlineData("/paper/commitments/4")]
    [InlineData("/commentaries/lei-kezhong")]
    [InlineData("/search?q=security")]
    [InlineData("/about")]
    [InlineData("/changes")]
    [InlineData("/no-such-page")]
    public async Task EveryPageStatesItsEdition(string path)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), path);
        var edition = page.QuerySelector("footer #edition")!;
        Assert.Equal(ExpectedVersion(), edition.QuerySelector("[data-edition-version]")!.TextContent);
        Assert.Equal(LatestChange(), edition.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/changes", edition.QuerySelector("a[href='/changes']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("ris")]
    [InlineData("csl-json")]
    public async Task TheDataFormatsCarryTheEditionsVersionAndDateAndItsAddress(string format)
    {
        // By default the URL is the edition's address and the note names the current text's; with url=current, the
        // other way round: the data keep both addresses.
        var client = factory.CreateClient();
        var citation = await client.GetStringAsync($"/cite/paper/commitments/4?format={format}");
        Assert.Contains($"GsiPortal edition of {LatestChange()} ({ExpectedVersion()}); the current text: http://localhost/paper/commitments/4", citation);
        Assert.Contains($"http://localhost/editions/{ExpectedVersion()}/paper/commitments/4", citation);
        if (format == "bibtex") Assert.Contains($"version = {{{ExpectedVersion()}}}", citation);
        var current = await client.GetStringAsync($"/cite/paper/commitments/4?format={format}&url=current");
        Assert.Contains($"GsiPortal edition of {LatestChange()} ({ExpectedVersion()}), http://localhost/editions/{ExpectedVersion()}/paper/commitments/4", current);
    }

    [Theory]
    [InlineData("chicago", "MMMM d, yyyy")]
    [InlineData("apa", "MMMM d, yyyy")]
    [InlineData("mla", "d MMM. yyyy")]
    public async Task TheStylesNameTheEditionByItsDateAndItsId(string format, string dateFormat)
    {
        var citation = await factory.CreateClient().GetStringAsync($"/cite/paper/commitments/4?format={format}");
        var date = DateTime.Parse(LatestChange(), CultureInfo.InvariantCulture);
        // MLA abbreviates months of five letters or more ("Nov.", "Sept."), and writes "May", "June", "July" whole.
        var written = format == "mla" ? $"{date.Day} {(date.Month switch { 5 => "May", 6 => "June", 7 => "July", 9 => "Sept.", _ => date.ToString("MMM", CultureInfo.InvariantCulture) + "." })} {date.Year}" : date.ToString(dateFormat, CultureInfo.InvariantCulture);
        // A day can hold several editions: the id beside the date names one (it was left out, and the date alone named three).
        Assert.Contains($"GsiPortal edition of {written} ({ExpectedVersion()})", citation);
    }

    [Fact]
    public async Task TheChangesPageListsEveryChangeWithItsDate()
    {
        var (response, page) = await Html.Get(factory.CreateClient(), "/changes");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var entries = page.QuerySelectorAll("li.change");
        var expected = Changes();
        Assert.Equal(expected.Count, entries.Length);
        foreach (var change in expected)
        {
            var entry = page.GetElementById((string)change["id"])!;
            Assert.Equal((string)change["date"], entry.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal((string)change["summary"], entry.QuerySelector("p.summary")!.TextContent);
            // "Texts: A, B." — no space before a comma or the full stop. (The editions it appeared in follow: EditionsDoneWhenTests.)
            var textsLine = entry.QuerySelectorAll("p").First(p => p.TextContent.StartsWith("Texts: ", StringComparison.Ordinal));
            Assert.Equal(((List<object>)change["texts"]).Count, textsLine.QuerySelectorAll("a").Length);
            var texts = textsLine.TextContent;
            Assert.StartsWith("Texts: ", texts, StringComparison.Ordinal);
            Assert.DoesNotContain(" ,", texts, StringComparison.Ordinal);
            Assert.DoesNotContain(" .", texts, StringComparison.Ordinal);
        }
        // Newest first.
        var dates = entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.NotNull(page.QuerySelector("link[rel='alternate'][type='application/atom+xml'][href='/changes.atom']"));
    }

    /// <summary>
    /// Each entry's heading says what changed in the changelog's own title (<c>title:</c>), as its feed entry does; a
    /// fresh-eyes review found /changes gave only the date and the kind ("5 December 2026: annotated"), which a reader
    /// scanning the list could not tell apart, while the feed used the title.
    /// </summary>
    [Fact]
    public async Task EachEntrysHeadingGivesTheChangelogsTitle()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/changes");
        var titled = Changes().Where(c => c.ContainsKey("title")).ToList();
        Assert.True(titled.Count >= 10, $"only {titled.Count} titled entries in the changelog");
        foreach (var change in titled)
        {
            var heading = page.GetElementById((string)change["id"])!.QuerySelector("h2")!;
            Assert.Equal((string)change["title"], heading.QuerySelector(".change-title")?.TextContent);
            Assert.EndsWith(": " + (string)change["title"], Html.Folded(heading.TextContent), StringComparison.Ordinal);
            // The kind stays, in the editors' style, beside the date.
            Assert.Equal((string)change["kind"], heading.QuerySelector(".editors")!.TextContent);
        }
    }

    [Fact]
    public async Task TheFeedIsAtomWithOneEntryPerChange()
    {
        var response = await factory.CreateClient().GetAsync("/changes.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, a self link, and an author (or one per entry).
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Single(feed.Elements(Atom + "id"));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(feed.Elements(Atom + "title")).Value));
        var updated = DateTimeOffset.Parse(Assert.Single(feed.Elements(Atom + "updated")).Value, CultureInfo.InvariantCulture);
        Assert.Equal(LatestChange(), updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("http://localhost/changes.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        var expected = Changes();
        Assert.Equal(expected.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            Assert.True(Uri.IsWellFormedUriString(Assert.Single(entry.Elements(Atom + "id")).Value, UriKind.Absolute));
            Assert.NotEmpty(Assert.Single(entry.Elements(Atom + "title")).Value);
            var day = DateTimeOffset.Parse(Assert.Single(entry.Elements(Atom + "updated")).Value, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var link = entry.Element(Atom + "link")!.Attribute("href")!.Value;
            var change = expected.Single(c => link == $"http://localhost/changes#{c["id"]}");
            Assert.Equal((string)change["date"], day);
            Assert.Equal((string)change["summary"], entry.Element(Atom + "content")!.Value);
            Assert.Equal("text", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        }
    }

    [Fact]
    public async Task EachFeedEntrysTitleSaysWhatChangedInTheChangelogsWordsAndTheFeedStillParsesAsAtom()
    {
        // A feed reader lists titles alone: they said "Annotated: Concept Paper", which text, not what changed.
        var xml = await factory.CreateClient().GetStringAsync("/changes.atom");
        using var reader = System.Xml.XmlReader.Create(new StringReader(xml), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        var feed = XDocument.Load(reader).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var changes = Changes();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = entry.Element(Atom + "link")!.Attribute("href")!.Value.Split('#')[1];
            var change = changes.Single(c => (string)c["id"] == id);
            var title = Assert.Single(entry.Elements(Atom + "title")).Value;
            // The editors' title where the entry has one, else the summary's first sentence: the changelog's words.
            var expected = change.TryGetValue("title", out var given) ? (string)given : ((string)change["summary"]).Split(". ")[0] + ".";
            Assert.Equal(expected, title);
            Assert.DoesNotMatch("^(Added|Corrected|Annotated): ", title);
            // The kind is still said, as Atom's category (RFC 4287 4.2.2: a term, and a label for people).
            var category = Assert.Single(entry.Elements(Atom + "category"));
            Assert.Equal((string)change["kind"], category.Attribute("term")!.Value);
            // Every element an entry must have, once (RFC 4287 4.1.2), and nothing outside Atom's namespace.
            foreach (var required in new[] { "id", "title", "updated", "content" }) Assert.Single(entry.Elements(Atom + required));
            Assert.All(entry.Elements(), e => Assert.Equal(Atom, e.Name.Namespace));
        }
        Assert.All(changes, c => Assert.True(!c.ContainsKey("title") || ((string)c["title"]).Length <= 100));
    }

    [Fact]
    public async Task TheFeedsIdsAreTheSameWhateverHostTheSiteIsReachedBy()
    {
        // RFC 4287 §4.2.6: an id must not change when the document is relocated or republished.
        static async Task<List<string>> Ids(HttpClient client) =>
            XDocument.Parse(await client.GetStringAsync("/changes.atom")).Descendants(Atom + "id").Select(e => e.Value).ToList();
        var here = await Ids(factory.CreateClient());
        var elsewhere = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gsi.elsewhere.example") });
        Assert.Equal(here, await Ids(elsewhere));
        Assert.All(here, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.DoesNotContain(here, id => id.Contains("localhost", StringComparison.Ordinal));
    }
}
