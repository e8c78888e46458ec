using GsiPortal.Core.Derived;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The search index's files and the cross-references' findings kept between starts (<c>Portal:DerivedPath</c>, docs/performance.md, thirteenth session):
/// a second start reads what the first kept and serves the same pages and answers; a reload after an edit builds the
/// new content's index, not the old one's.
/// </summary>
public sealed class DerivedFilesTests : IDisposable
{
    // A bound against a hang only: a reload builds a whole edition, which at load 40 can take tens of seconds.
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(5);
    private readonly string derived = Directory.CreateTempSubdirectory("gsiportal-derived-").FullName;

    private PortalFactory Site(string? content = null, bool watch = false) => new()
    {
        ContentPath = content, WatchContent = watch, Clock = new StoppedClock(StoppedClock.MidWindow),
        Settings = { ["Portal:KeepDerived"] = "true", ["Portal:DerivedPath"] = derived, ["Portal:ContentPollMilliseconds"] = "200" },
    };

    private static readonly string[] Addresses =
        ["/paper/commitments/4", "/paper/priorities", "/search?q=common+security", "/search?q=food+as+a+weapon", "/api/search?q=Khokhar+mediation",
         "/api/search?q=indivisible&kind=commentary", "/commentaries/lei-kezhong", "/commentaries/ovais-ali-khokhar", "/coverage", "/compare/commitments/4", "/compare/background"];

    [Fact]
    public async Task A_second_start_reads_what_the_first_kept_and_serves_the_same_pages()
    {
        var first = new Dictionary<string, string>();
        using (var site = Site())
        {
            var edition = await site.EditionInServiceAsync();
            Assert.False(edition.Search.FilesKept);
            Assert.False(edition.CrossReferences.FindingsKept);
            var client = site.CreateClient();
            foreach (var address in Addresses) first[address] = await client.GetStringAsync(address);
            await site.Services.GetRequiredService<ContentStore>().Derived!.Writes;
        }
        Assert.Single(Directory.GetFiles(derived, IndexFiles.Kind + "-*.bin"));
        Assert.Single(Directory.GetFiles(derived, CrossReferenceFiles.Kind + "-*.bin"));
        using (var site = Site())
        {
            var edition = await site.EditionInServiceAsync();
            Assert.True(edition.Search.FilesKept);
            Assert.True(edition.CrossReferences.FindingsKept);
            var client = site.CreateClient();
            foreach (var address in Addresses) Assert.Equal(first[address], await client.GetStringAsync(address));
        }
    }

    [Fact]
    public async Task A_reload_after_an_edit_builds_the_new_content_s_index()
    {
        var content = ContentCopy.Made("gsiportal-derived-content-");
        try
        {
            using (var site = Site(content))
            {
                await site.EditionInServiceAsync();
                await site.Services.GetRequiredService<ContentStore>().Derived!.Writes;
            }
            using (var site = Site(content, watch: true))
            {
                Assert.True((await site.EditionInServiceAsync()).Search.FilesKept);
                var store = site.Services.GetRequiredService<ContentStore>();
                var client = site.CreateClient();
                Assert.DoesNotContain("\"total\":1", await client.GetStringAsync("/api/search?q=zqxreloaded"));
                var paper = Path.Combine(content, "paper.md");
                await File.WriteAllTextAsync(paper, (await File.ReadAllTextAsync(paper)).Replace("Stay committed to taking", "Stay committed to zqxreloaded taking"));
                var deadline = DateTime.UtcNow + Within;
                while (store.InService!.Search.Search(new Core.Search.SearchRequest("zqxreloaded")).Total == 0 && DateTime.UtcNow < deadline)
                    await Task.Delay(100);
                Assert.False(store.InService!.Search.FilesKept);
                Assert.False(store.InService.CrossReferences.FindingsKept);
                Assert.NotEqual(0, store.InService.Search.Search(new Core.Search.SearchRequest("zqxreloaded")).Total);
                Assert.Contains("zqxreloaded", await client.GetStringAsync("/api/search?q=zqxreloaded"));
                await store.Derived!.Writes;
            }
            // Both contents' files are kept: a revert reads the first again.
            Assert.Equal(2, Directory.GetFiles(derived, IndexFiles.Kind + "-*.bin").Length);
            Assert.Equal(2, Directory.GetFiles(derived, CrossReferenceFiles.Kind + "-*.bin").Length);
        }
        finally
        {
            try { Directory.Delete(content, recursive: true); } catch (IOException) { }
            try { Directory.Delete(content + "-archive", recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task The_derive_command_writes_what_the_first_start_then_reads()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(ExitCodes.Success, DeriveCommand.Run(Repository.Path("content"), derived, output, errors));
        Assert.Equal("", errors.ToString());
        Assert.Contains("wrote content version", output.ToString());
        Assert.Single(Directory.GetFiles(derived, IndexFiles.Kind + "-*.bin"));
        Assert.Single(Directory.GetFiles(derived, CrossReferenceFiles.Kind + "-*.bin"));
        // Run again, it finds them there.
        output = new StringWriter();
        Assert.Equal(ExitCodes.Success, DeriveCommand.Run(Repository.Path("content"), derived, output, errors));
        Assert.Contains("already holds", output.ToString());
        using var site = Site();
        var edition = await site.EditionInServiceAsync();
        Assert.True(edition.Search.FilesKept);
        Assert.True(edition.CrossReferences.FindingsKept);
    }

    [Fact]
    public void The_derive_command_refuses_broken_content_and_says_when_it_could_not_write()
    {
        var errors = new StringWriter();
        Assert.Equal(ExitCodes.ContentRefused, DeriveCommand.Run(Repository.Path("tests/fixtures/content/duplicate-id"), derived, new StringWriter(), errors));
        Assert.Contains("nothing derived", errors.ToString());
        Assert.Empty(Directory.GetFiles(derived));
        // A file where the folder should be: nothing can be written under it.
        var file = Path.Combine(derived, "a-file");
        File.WriteAllText(file, "");
        errors = new StringWriter();
        Assert.Equal(ExitCodes.BackgroundFault, DeriveCommand.Run(Repository.Path("content"), file, new StringWriter(), errors));
        Assert.Contains("could not be written", errors.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(derived, recursive: true); } catch (IOException) { }
    }
}
