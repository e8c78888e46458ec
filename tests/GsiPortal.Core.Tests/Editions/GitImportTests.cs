using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Testing;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>The archive seeded from a fixture repository's history: each commit an edition with its own judgements, odd commits passed over, within bounds.</summary>
public sealed class GitImportTests : IDisposable
{
    private readonly ContentHistory history = new();
    private readonly ArchiveFixture fixture = new();
    private static readonly DateTimeOffset First = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        history.Dispose();
        fixture.Dispose();
    }

    private static readonly GitImport.Limits Small = GitImport.Limits.Default with { Files = new ContentLimits { MaxFileBytes = 300_000 } };

    [Fact]
    public void EachCommitIsAnEditionWithTheJudgementsOfItsDayAndAnOddCommitIsPassedOver()
    {
        history.Commit("the texts", First);
        history.Edit("paper.md", "Humanity is an", "Humanity is one");
        history.Edit("links.yml", "it says nothing of the security forums platform 4 supports.", "revised.");
        history.Commit("a correction, and a judgement revised", First.AddDays(1));
        File.WriteAllText(Path.Combine(history.Content, "dump.md"), new string('x', 400_000));
        history.Commit("a file far past the size limit", First.AddDays(2));

        var archive = fixture.Archive();
        var log = new StringWriter();
        var imported = GitImport.Run(history.Content, archive, log, Small, "git", CancellationToken.None);

        Assert.Equal(3, imported.Count);
        Assert.All(imported.Take(2), i => Assert.True(i.Loads, i.Problem));
        Assert.Contains("dump.md is 400000 bytes", imported[2].Problem);
        Assert.Contains("passed over", log.ToString());
        var editions = archive.List().Editions;
        Assert.Equal(imported.Take(2).Select(i => i.Edition), editions.Select(e => e.Id));
        Assert.Equal(["2026-11-20", "2026-11-21"], editions.Select(e => e.Archived.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var links = editions.Select(e => archive.Read(e).Links!).ToList();
        Assert.Contains("security forums platform 4 supports.", links[0]);
        Assert.Contains("revised.", links[1]);
        Assert.DoesNotContain("security forums platform 4 supports.", links[1]);
    }

    [Fact]
    public void OnlyTheNewestCommitsWithinTheBoundAreRead()
    {
        history.Commit("the texts", First);
        history.Edit("paper.md", "Humanity is an", "Humanity is one");
        history.Commit("a correction", First.AddDays(1));

        var imported = GitImport.Run(history.Content, fixture.Archive(), TextWriter.Null, Small with { Commits = 1 }, "git", CancellationToken.None);

        var only = Assert.Single(imported);
        Assert.Equal(history.Git("rev-parse", "HEAD")[..12], only.Commit);
    }

    [Fact]
    public void NoGitOrNoWorkTreeIsAReasonNotAnException()
    {
        history.Commit("the texts", First);
        Assert.Null(GitImport.Unavailable(history.Content));
        Assert.Contains("is it installed?", GitImport.Unavailable(history.Content, "/nonexistent/git"));
        var outside = Directory.CreateTempSubdirectory("gsiportal-no-git-").FullName;
        try
        {
            Assert.Contains("not a git repository", GitImport.Unavailable(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
