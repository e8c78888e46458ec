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
    public void ABranchMergedLaterIsNotAnEditionOnlyTheLineTheSiteWasServedFrom()
    {
        history.Commit("the texts", First);
        history.Git("checkout", "-q", "-b", "side");
        history.Edit("paper.md", "Humanity is an", "Humanity is one");
        var side = history.Commit("on a branch, made second but merged last", First.AddDays(2));
        history.Git("checkout", "-q", "main");
        history.Edit("dong-chunling.md", "It is reflected mainly on the following three fronts:", "It is reflected mainly on these three fronts:");
        var main = history.Commit("on the served line, made after the branch began", First.AddDays(1));
        var merge = history.Merge("side", "the branch merged", First.AddDays(3));

        var archive = fixture.Archive();
        var imported = GitImport.Run(history.Content, archive, TextWriter.Null, Small, "git", CancellationToken.None);

        // Before, the branch's commit was read as an edition between the served ones, by its commit date.
        Assert.DoesNotContain(imported, i => i.Commit == side[..12]);
        Assert.Equal([main[..12], merge[..12]], imported.Skip(1).Select(i => i.Commit));
        var editions = archive.List().Editions;
        Assert.Equal(3, editions.Count);
        Assert.Contains("Humanity is one", archive.Read(editions[2]).Files!.Single(f => f.Name == "paper.md").Markdown);
        Assert.DoesNotContain("Humanity is one", archive.Read(editions[1]).Files!.Single(f => f.Name == "paper.md").Markdown);
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
