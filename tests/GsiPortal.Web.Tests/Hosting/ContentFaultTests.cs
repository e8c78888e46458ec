using GsiPortal.Core.Editions.Archive;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Content files that are not what they seem, dropped into the folder of a running site (issue #21): a named pipe,
/// a symbolic link to <c>/dev/zero</c>, a file over the size limit, nesting no text needs. Each is reported on
/// <c>/readyz</c> with its file (and line, where there is one) while the last good content serves on, and once it is
/// gone the site is healthy again. Before, the pipe wedged reloading for ever and the others stopped the host.
/// </summary>
public sealed class ContentFaultTests : IDisposable
{
    // A bound against a hang only: a reload builds a whole edition, which at load 40 can take tens of seconds.
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-faults-").FullName;
    private readonly PortalFactory factory;

    public ContentFaultTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        // Not started here: a test that holds the archive starts its own host over the same folder.
        // A stopped clock: a page says the day it was accessed, so a page read before a fault and one read after must not
        // straddle midnight (UTC) when compared.
        factory = new PortalFactory
        {
            ContentPath = folder, WatchContent = true, Settings = { ["Portal:ContentPollMilliseconds"] = "200" }, Clock = new StoppedClock(StoppedClock.MidWindow),
        };
    }

    [Theory]
    [InlineData("named pipe", "fault.md:0: is a named pipe (FIFO), not a regular file")]
    [InlineData("link to /dev/zero", "fault.md:0: is a symbolic link to '/dev/zero', a character device, not a regular file")]
    [InlineData("3 GiB file", "fault.md:0: is 3 GiB, over the limit of 2 MiB")]
    [InlineData("'>' × 100,000", "fault.md:12: nests block quotes, lists or indentation more than 32 levels deep")]
    [InlineData("'[' × 50,000", "fault.md:12: opens more than 32 square brackets")]
    [InlineData("nested list items", "fault.md:44: nests block quotes, lists or indentation more than 32 levels deep")]
    public async Task AFaultIsReportedWithItsFileWhileTheLastGoodContentServesAndItsRemovalHeals(string fault, string reported)
    {
        var client = factory.CreateClient();
        Assert.True(await Eventually(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode));
        var before = await client.GetStringAsync("/paper/commitments/4");
        var path = Path.Combine(folder, "fault.md");
        ContentFaults.Make(fault, path);

        Assert.True(await Eventually(async () => Problems(await client.GetStringAsync("/readyz")).Any(p => p.StartsWith(reported, StringComparison.Ordinal))),
            string.Join("\n", Problems(await client.GetStringAsync("/readyz"))));
        Assert.Single(Problems(await client.GetStringAsync("/readyz")));
        Assert.Equal(before, await client.GetStringAsync("/paper/commitments/4"));

        File.Delete(path);
        Assert.True(await Eventually(async () => (await client.GetStringAsync("/readyz")).Contains("\"Healthy\"")));
        // Still watching: an edit after the fault is loaded.
        var paper = Path.Combine(folder, "paper.md");
        await File.WriteAllTextAsync(paper, (await File.ReadAllTextAsync(paper)).Replace("Stay committed to taking", "Stay committed to really taking"));
        Assert.True(await Eventually(async () => (await client.GetStringAsync("/paper/commitments/4")).Contains("really taking")));
    }

    [Fact]
    public async Task AReloadUnderWayIsSaidOnReadinessWithWhenItBegan()
    {
        // The reload is held where it writes the new edition to the archive, so /readyz is read while it is under way,
        // however fast the machine: timing the read against a big file's reload once missed it on a quiet machine.
        using var held = new ManualResetEventSlim(false);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = false;
        var files = new AtomicFiles
        {
            Create = path =>
            {
                if (Volatile.Read(ref holding))
                {
                    reached.TrySetResult();
                    held.Wait(Within);
                }
                return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            },
        };
        using var site = factory.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton(files)));
        var client = site.CreateClient();
        Assert.True(await Eventually(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode));
        Volatile.Write(ref holding, true);
        await File.WriteAllTextAsync(Path.Combine(folder, "long.md"), ContentFaults.Header.Replace("id: deep", "id: long") + "A second paragraph.\n");
        await reached.Task.WaitAsync(Within);

        var seen = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("description").GetString();
        Assert.Matches(@"Reloading since \d\d:\d\d:\d\dZ \(\d+ s\); version [0-9a-f]{12} serves meanwhile\.", seen);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/commentaries/long")).StatusCode);

        Volatile.Write(ref holding, false);
        held.Set();
        Assert.True(await Eventually(async () => (await client.GetAsync("/commentaries/long")).StatusCode == HttpStatusCode.OK));
        Assert.DoesNotContain("Reloading since", await client.GetStringAsync("/readyz"));
    }

    private static List<string> Problems(string readiness) =>
        JsonDocument.Parse(readiness).RootElement.GetProperty("content") is var content && content.TryGetProperty("problems", out var problems)
            ? problems.EnumerateArray().Select(p => p.GetString()!).ToList()
            : [];

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        return await condition();
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
