namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// A content folder deployed by swapping a symbolic link (<c>ln -sfn release-2 current</c>; Kubernetes swaps
/// <c>..data</c> alike) raises no event in the folder the watcher opened: the site still serves the new release.
/// </summary>
public sealed class ContentSwapTests : IDisposable
{
    private readonly string releases = Directory.CreateTempSubdirectory("gsiportal-releases-").FullName;
    private readonly string current;
    private readonly PortalFactory factory;

    public ContentSwapTests()
    {
        foreach (var release in new[] { "r1", "r2" })
        {
            var to = Directory.CreateDirectory(Path.Combine(releases, release)).FullName;
            foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md"))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        var paper = Path.Combine(releases, "r2", "paper.md");
        File.WriteAllText(paper, File.ReadAllText(paper).Replace("Stay committed to taking", "Stay committed to swappingly taking"));
        current = Path.Combine(releases, "current");
        Directory.CreateSymbolicLink(current, Path.Combine(releases, "r1"));
        factory = new PortalFactory { ContentPath = current, WatchContent = true };
        factory.CreateClient();
    }

    [Fact]
    public async Task ASymlinkSwapIsServed()
    {
        var client = factory.CreateClient();
        Assert.DoesNotContain("swappingly", await client.GetStringAsync("/paper/commitments/4"));

        // The release swap as deploy scripts write it.
        using (var ln = System.Diagnostics.Process.Start("ln", ["-sfn", Path.Combine(releases, "r2"), current])) await ln.WaitForExitAsync();
        Assert.EndsWith("r2", new DirectoryInfo(current).LinkTarget);

        // Two minutes: a bound against a hang only, as the poll finds the swap and a whole edition is built (at load 40, tens of seconds).
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !(await client.GetStringAsync("/paper/commitments/4")).Contains("swappingly"))
            await Task.Delay(100);
        Assert.Contains("swappingly", await client.GetStringAsync("/paper/commitments/4"));
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(releases, recursive: true);
    }
}
