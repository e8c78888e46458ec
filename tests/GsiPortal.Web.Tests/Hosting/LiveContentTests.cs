using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Editing, adding or removing a content file while the site runs shows on the pages and in search; a broken edit
/// keeps the last good content. How soon is a speed, measured by the reload benchmark (docs/performance.md), not
/// here: these tests wait generously, so that a loaded machine cannot fail them.
/// </summary>
public sealed class LiveContentTests : IDisposable
{
    // A bound against a hang only: a reload builds a whole edition, which at load 40 can take tens of seconds.
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-live-").FullName;
    private readonly PortalFactory factory;

    public LiveContentTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        // A stopped clock: a page says the day it was accessed, so one read before an edit and one after must not
        // straddle midnight (UTC) when compared.
        factory = new PortalFactory { ContentPath = folder, WatchContent = true, Clock = new StoppedClock(StoppedClock.MidWindow) };
        factory.CreateClient(); // start the host, and with it the watcher
    }

    private async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(50);
        }
        return await condition();
    }

    private Task<string> Page(string address) => factory.CreateClient().GetStringAsync(address);

    [Fact]
    public async Task AnEditShowsOnThePageAndInSearch()
    {
        Assert.Contains("Basotho friends", await Page("/commentaries/lei-kezhong"));
        var file = Path.Combine(folder, "lei-kezhong.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Basotho friends", "Basotho zanzibarian friends"));

        Assert.True(await Eventually(async () => (await Page("/commentaries/lei-kezhong")).Contains("Basotho zanzibarian friends")));
        Assert.True(await Eventually(async () => (await Page("/api/search?q=zanzibarian")).Contains("lei-kezhong/p2")));
    }

    [Fact]
    public async Task AnEditToTheSearchTermsShowsInSearch()
    {
        Assert.DoesNotContain("paper/priority-4", await Page("/api/search?q=minesweeping"));
        var terms = Path.Combine(folder, "search-terms.yml");
        await File.AppendAllTextAsync(terms, "  minesweeping: [demining]\n");
        Assert.True(await Eventually(async () => (await Page("/api/search?q=minesweeping")).Contains("paper/priority-4")));
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodContentAndIsReportedOnReadiness()
    {
        var before = await Page("/paper/commitments/4");
        var paper = Path.Combine(folder, "paper.md");
        await File.WriteAllTextAsync(paper, (await File.ReadAllTextAsync(paper)).Replace("\n4. Stay committed to taking", "\n7. Stay committed to taking"));

        Assert.True(await Eventually(async () => (await Page("/readyz")).Contains("Degraded")));
        var ready = JsonDocument.Parse(await Page("/readyz")).RootElement;
        Assert.Contains(ready.GetProperty("content").GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("paper.md:"));
        Assert.Equal(before, await Page("/paper/commitments/4"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/paper/commitments/6")).StatusCode);
    }

    [Fact]
    public async Task AnAddedCommentaryAppearsAndARemovedOneGoes()
    {
        var added = Path.Combine(folder, "added-commentary.md");
        await File.WriteAllTextAsync(added, """
            ---
            id: added-commentary
            kind: commentary
            title: "A Commentary Added While Running"
            author: "Added Author"
            date: 2024-01-02
            language: en
            ---

            A paragraph about quixotic security.
            """);
        Assert.True(await Eventually(async () => (await Page("/commentaries")).Contains("A Commentary Added While Running")));
        Assert.Contains("quixotic", await Page("/commentaries/added-commentary"));

        File.Delete(added);
        Assert.True(await Eventually(async () => (await factory.CreateClient().GetAsync("/commentaries/added-commentary")).StatusCode == HttpStatusCode.NotFound));
        Assert.DoesNotContain("A Commentary Added While Running", await Page("/commentaries"));
    }

    [Theory]
    [InlineData("dangling-link.md", "symbolic link")]
    [InlineData("a-folder.md", "is a folder")]
    public async Task WhatAnEditorsToolsLeaveIsAProblemWhileTheLastGoodContentServes(string name, string reported)
    {
        var before = await Page("/paper/commitments/4");
        var path = Path.Combine(folder, name);
        if (name.StartsWith("dangling", StringComparison.Ordinal)) File.CreateSymbolicLink(path, Path.Combine(folder, "nowhere.md"));
        else Directory.CreateDirectory(path);

        Assert.True(await Eventually(async () => (await Page("/readyz")).Contains(reported)));
        Assert.Contains(name, await Page("/readyz"));
        Assert.Equal(before, await Page("/paper/commitments/4"));

        if (Directory.Exists(path) && !File.Exists(path) && new DirectoryInfo(path).LinkTarget is null) Directory.Delete(path);
        else File.Delete(path);
        Assert.True(await Eventually(async () => (await Page("/readyz")).Contains("Healthy")));
    }

    [Fact]
    public async Task AnEmacsLockFileIsIgnored()
    {
        File.CreateSymbolicLink(Path.Combine(folder, ".#paper.md"), "editor@host.4242:1700000000");
        var paper = Path.Combine(folder, "paper.md");
        await File.WriteAllTextAsync(paper, (await File.ReadAllTextAsync(paper)).Replace("Stay committed to taking", "Stay committed to really taking"));
        Assert.True(await Eventually(async () => (await Page("/paper/commitments/4")).Contains("really taking")));
        Assert.Contains("Healthy", await Page("/readyz"));
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
