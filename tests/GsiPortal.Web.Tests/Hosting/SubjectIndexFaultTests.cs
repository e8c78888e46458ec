using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Nothing the editors' subject index holds or lacks keeps the site from serving: an unknown unit, a malformed line
/// and a unit listed twice are warnings (logged, on <c>/readyz</c>) that leave out their entries, and the rest of the
/// index is searched; without the file the site serves with no index at all.
/// </summary>
public sealed class SubjectIndexFaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-subject-index-").FullName;

    public SubjectIndexFaultTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }

    [Fact]
    public async Task ABrokenIndexIsWarnedOfLineByLineAndTheSiteServesTheRestOfIt()
    {
        File.WriteAllText(Path.Combine(folder, "subject-index.yml"),
            "paper/priority-99: [nothing]\npaper/priority-4: [landmines\npaper/priority-17: [smallpox]\npaper/priority-17: [measles]\n");
        using var factory = new PortalFactory { ContentPath = folder };
        var client = factory.CreateClient();

        var (response, page) = await Html.Get(client, "/search?q=smallpox");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Indexed under: smallpox", Html.Folded(page.QuerySelector("li.result .indexed-under")!.TextContent));
        Assert.True((await client.GetAsync("/paper/commitments/4")).IsSuccessStatusCode);

        var readiness = await client.GetAsync("/readyz");
        Assert.True(readiness.IsSuccessStatusCode);
        var readyz = JsonDocument.Parse(await readiness.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", readyz.GetProperty("status").GetString());
        var warnings = readyz.GetProperty("content").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("subject-index.yml:1: no search unit has the id 'paper/priority-99'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("subject-index.yml:2: malformed entry", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("subject-index.yml:4: 'paper/priority-17' is listed twice", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
        // The entry left out indexes nothing ("measles"); the first one, kept, did ("smallpox", above).
        var measles = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=measles")).RootElement.GetProperty("results");
        Assert.All(measles.EnumerateArray(), r => Assert.Equal(0, r.GetProperty("indexedUnder").GetArrayLength()));
    }

    [Fact]
    public async Task WithoutTheFileTheSiteServesWithNoIndexAndNoWarning()
    {
        using var factory = new PortalFactory { ContentPath = folder };
        var client = factory.CreateClient();
        var (response, page) = await Html.Get(client, "/search?q=blue+helmets");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(page.QuerySelectorAll(".indexed-under"));
        var content = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("content");
        Assert.False(content.TryGetProperty("warnings", out _));
        // The index's page says there is none, and where the texts' own words are found instead.
        var (subjects, index) = await Html.Get(client, "/subjects");
        Assert.True(subjects.IsSuccessStatusCode);
        Assert.Empty(index.QuerySelectorAll("ul.subject-index"));
        Assert.Contains("no subject index", Html.MainText(index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIndexPageListsTheEntriesKeptAndNoneLeftOut()
    {
        File.WriteAllText(Path.Combine(folder, "subject-index.yml"), "paper/priority-99: [nothing]\npaper/priority-17: [smallpox]\npaper/priority-17: [measles]\n");
        using var factory = new PortalFactory { ContentPath = folder };
        var (response, page) = await Html.Get(factory.CreateClient(), "/subjects");
        Assert.True(response.IsSuccessStatusCode);
        var entry = Assert.Single(page.QuerySelectorAll("ul.subject-index > li"));
        Assert.Equal("smallpox", entry.QuerySelector(".subject-term")!.TextContent);
        Assert.Equal("/paper/priorities/17", entry.QuerySelector("a")!.GetAttribute("href"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
