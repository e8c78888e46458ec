using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// Issue 27's "done when": a text is edited on a running site; the earlier edition's address and the current one
/// each show the text as it was; the banner, the passage's history and the comparison say what changed; and a
/// citation taken before the edit still leads to the words it quoted.
/// </summary>
public sealed partial class EditionsDoneWhenTests : IDisposable
{
    private const string Before = "Humanity is an indivisible security community.";
    private const string After = "Humanity is one indivisible security community.";
    private readonly EditedSite site = new();

    public void Dispose() => site.Dispose();

    [GeneratedRegex(@"version = \{([0-9a-f]{12})\}")]
    private static partial Regex EditionIn();

    [Fact]
    public async Task AnEditedTextKeepsItsEarlierEditionAtItsOwnAddress()
    {
        var client = site.Client();
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("current").GetString()!;
        // A reader cites sentence 2: Chicago names the edition by its date, the data formats by its version.
        var citation = await client.GetStringAsync("/cite/paper/commitments/4?format=chicago&at=s2");
        var citedVersion = EditionIn().Match(await client.GetStringAsync("/cite/paper/commitments/4?format=bibtex&at=s2")).Groups[1].Value;
        Assert.Equal(first, citedVersion);
        var (_, citedPage) = await Html.Get(client, "/paper/commitments/4");
        var quoted = citedPage.QuerySelector("#commitment-4-s2")!.TextContent.Trim();
        Assert.Equal(Before, quoted);

        // The editors correct the text and record it.
        site.Edit("paper.md", "Humanity is an indivisible", "Humanity is one indivisible");
        site.Edit("changes.md", "\n---\n\nThe changes", "\n  - id: test-correction\n    date: 2026-12-04\n    kind: corrected\n    texts: [paper]\n    summary: \"A word of commitment 4 corrected.\"\n---\n\nThe changes");
        Assert.True(await EditedSite.Eventually(async () => (await client.GetStringAsync("/paper/commitments/4")).Contains(After)));
        var second = JsonDocument.Parse(await client.GetStringAsync("/api/editions")).RootElement.GetProperty("current").GetString()!;
        Assert.NotEqual(first, second);

        // Each address shows the text as its edition had it.
        var (old, oldPage) = await Html.Get(client, $"/editions/{first}/paper/commitments/4");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains("immutable", old.Headers.CacheControl!.ToString());
        Assert.Equal(Before, oldPage.QuerySelector("#commitment-4-s2")!.TextContent.Trim());
        var (_, currentPage) = await Html.Get(client, "/paper/commitments/4");
        Assert.Equal(After, currentPage.QuerySelector("#commitment-4-s2")!.TextContent.Trim());
        Assert.Equal(second, currentPage.QuerySelector("[data-edition-version]")!.TextContent);
        Assert.Equal(first, oldPage.QuerySelector("[data-edition-version]")!.TextContent);

        // The banner says the current text differs, and links to what changed.
        var banner = oldPage.QuerySelector("#edition-banner")!;
        Assert.Contains($"You are reading the edition of {oldPage.QuerySelector("footer #edition time")!.TextContent}", Html.MainText(oldPage));
        Assert.Contains("The current text of this passage differs: see what changed.", string.Join(' ', banner.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var comparison = banner.QuerySelector("a.edition-comparison")!.GetAttribute("href")!;

        // The comparison shows the word removed and the word added.
        var (_, compared) = await Html.Get(client, comparison);
        Assert.Equal(["an"], compared.QuerySelectorAll("#compare-text del").Select(e => e.TextContent));
        Assert.Equal(["one"], compared.QuerySelectorAll("#compare-text ins").Select(e => e.TextContent));
        Assert.Contains("1 word added", compared.QuerySelector("#compare-summary")!.TextContent);

        // The passage's history lists the edition that changed it; another passage's says it never changed.
        var change = Assert.Single(currentPage.QuerySelectorAll("#passage-changes li"));
        Assert.Equal(second, change.GetAttribute("data-edition"));
        Assert.Equal(comparison, change.QuerySelector("a[href^='/editions/compare']")!.GetAttribute("href"));
        var (_, unchanged) = await Html.Get(client, "/paper/commitments/5");
        Assert.Null(unchanged.QuerySelector("#passage-changes"));

        // The changelog entry links the passage it touched, in the old edition and the new.
        var (_, changes) = await Html.Get(client, "/changes");
        var links = changes.QuerySelectorAll("#test-correction .change-passages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/editions/{first}/paper/commitments/4", links);
        Assert.Contains($"/editions/{second}/paper/commitments/4", links);
        var feed = await client.GetStringAsync("/changes.atom");
        Assert.Contains($"/editions/{first}/paper/commitments/4\"", feed);

        // The citation taken before the edit links the words it quoted, as they were: its URL is the edition's address.
        var cited = Regex.Match(citation, @"https?://[^/\s]+(/editions/[0-9a-f]{12}/paper/commitments/4)#s2").Groups[1].Value;
        Assert.Equal($"/editions/{citedVersion}/paper/commitments/4", cited);
        var (_, followed) = await Html.Get(client, cited);
        Assert.Equal(quoted, followed.QuerySelector("#commitment-4-s2")!.TextContent.Trim());

        // The current edition at its fixed address says it is the current one.
        var (_, fixedCurrent) = await Html.Get(client, $"/editions/{second}/paper/commitments/4");
        Assert.Contains("It is the current edition", fixedCurrent.QuerySelector("#edition-banner")!.TextContent);
    }
}
