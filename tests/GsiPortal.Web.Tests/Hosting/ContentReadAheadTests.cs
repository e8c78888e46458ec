using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site started as itself reads its content while its services are built (<see cref="ContentReadAhead"/>), and
/// what it serves and refuses is what it read that way: the folder and the limits its settings name.
/// </summary>
public sealed class ContentReadAheadTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly string folder = ContentCopy.Made("gsiportal-readahead-");

    private static readonly Dictionary<string, string> StoreLogged = new() { ["Serilog__MinimumLevel__Override__GsiPortal.Web.Hosting.ContentStore"] = "Debug" };

    [Fact]
    public async Task TheSiteStartedAsItselfServesTheContentItReadAheadFromTheFolderItsSettingsName()
    {
        using var site = new SiteProcess(folder, StoreLogged);
        var address = await site.ListeningAsync(Bound);
        using var client = new HttpClient { BaseAddress = address, Timeout = Bound };
        var page = await client.GetStringAsync("/paper/commitments/4");
        Assert.Contains("indivisible security", page);
        ReadAhead(site.Log);
    }

    [Fact]
    public async Task AFileOverTheConfiguredLimitRefusesTheStartWhenReadAhead()
    {
        using var site = new SiteProcess(folder, new Dictionary<string, string>(StoreLogged) { ["Portal__MaxContentFileBytes"] = "1000" });
        Assert.Equal(ExitCodes.ContentRefused, await site.ExitCodeAsync(Bound));
        Assert.Contains("over the limit of 1000 bytes", site.Log);
        ReadAhead(site.Log);
    }

    /// <summary>The store's log line (compact JSON: the template, and the folder as a property) says it took the read begun ahead.</summary>
    private void ReadAhead(string log)
    {
        var line = log.Split('\n').FirstOrDefault(l => l.Contains("Read and checked {Folder}", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains("ahead", line);
        Assert.Contains($"\"Folder\":\"{folder}\"", line);
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
