using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Nothing the readers' questions file holds or lacks keeps the site from serving: an unknown unit, a malformed line
/// and a unit listed twice are warnings (logged, on <c>/readyz</c>) that leave out their entries; without the file the
/// site serves with no questions and no warning.
/// </summary>
public sealed class ReaderQuestionsFaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-reader-questions-").FullName;

    public ReaderQuestionsFaultTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
    }

    [Fact]
    public async Task ABrokenFileIsWarnedOfLineByLineAndTheSiteServes()
    {
        File.WriteAllText(Path.Combine(folder, "reader-questions.yml"),
            "paper/priority-99:\n  - nothing\npaper/priority-4:\n  - [landmines\npaper/priority-17:\n  - vaccines for poor countries\npaper/priority-17:\n  - measles\n");
        using var factory = new PortalFactory { ContentPath = folder };
        var client = factory.CreateClient();

        var (response, _) = await Html.Get(client, "/search?q=vaccines");
        Assert.True(response.IsSuccessStatusCode);
        Assert.True((await client.GetAsync("/paper/priorities/17")).IsSuccessStatusCode);

        var readiness = await client.GetAsync("/readyz");
        Assert.True(readiness.IsSuccessStatusCode);
        var readyz = JsonDocument.Parse(await readiness.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", readyz.GetProperty("status").GetString());
        var warnings = readyz.GetProperty("content").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("reader-questions.yml:1: no search unit has the id 'paper/priority-99'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("reader-questions.yml:4: malformed entry", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("reader-questions.yml:7: 'paper/priority-17' is listed twice", StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
    }

    [Fact]
    public async Task WithoutTheFileTheSiteServesWithNoWarning()
    {
        using var factory = new PortalFactory { ContentPath = folder };
        var client = factory.CreateClient();
        Assert.True((await client.GetAsync("/search?q=vaccines")).IsSuccessStatusCode);
        var content = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("content");
        Assert.False(content.TryGetProperty("warnings", out _));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
