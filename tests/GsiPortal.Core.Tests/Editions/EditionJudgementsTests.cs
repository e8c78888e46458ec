using System.Text.Json.Nodes;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

/// <summary>
/// The editors' link judgements (links.yml) are archived with each edition and an earlier edition is rebuilt with its
/// own, not today's: its coverage and comparison pages show what the edition showed.
/// </summary>
public sealed class EditionJudgementsTests : IDisposable
{
    private readonly ArchiveFixture fixture = new();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public void Dispose() => fixture.Dispose();

    private static string RealLinks => RealContent.Library.LinksText ?? throw new InvalidOperationException("content/links.yml is gone");

    /// <summary>The real links.yml with one judgement's reason in other words, as an editor would revise it.</summary>
    private static string Revised => RealLinks.Replace("it says nothing of the security forums platform 4 supports.", "a revised reason.");

    private static ContentLibrary Library(IReadOnlyList<(string Name, string Markdown)> files, string? links)
    {
        var result = ContentLoader.Load(files, "test", RealContent.Library.SearchTermsText, links: links);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Library!;
    }

    private static string ReasonFor(ContentLibrary library, string commentary, string paragraph, string item) =>
        library.LinkJudgements.All.Single(j => j.Commentary.Anchor == paragraph && j.Item.Anchor == item
            && library.FindCommentary(commentary)!.Paragraphs.Contains(j.Commentary)).Why;

    [Fact]
    public async Task AnEarlierEditionIsRebuiltWithItsOwnJudgementsNotTodays()
    {
        Assert.NotEqual(RealLinks, Revised);
        var archive = fixture.Archive();
        var earlier = archive.Store(Library(ArchiveFixture.Files(), RealLinks), Now, "test");
        var today = Library(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one"), Revised);
        archive.Store(today, Now.AddDays(1), "test");
        using var editions = new EarlierEditions(archive, capacity: 1);

        var (lease, problem) = await editions.LeaseAsync(earlier, CancellationToken.None);
        Assert.Null(problem);
        using (lease)
        {
            var rebuilt = lease!.Edition.Library;
            Assert.Equal(RealLinks, rebuilt.LinksText);
            Assert.Contains("security forums platform 4 supports", ReasonFor(rebuilt, "dong-chunling", "p1", "platform-4"));
            Assert.EndsWith("a revised reason.", ReasonFor(today, "dong-chunling", "p1", "platform-4"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnEditionWithoutJudgementsIsRebuiltWithoutAnyAndSaysSo()
    {
        var archive = fixture.Archive();
        var stored = archive.Store(Library(ArchiveFixture.Files(), null), Now, "test");
        Assert.True(stored.KnowsLinks);
        Assert.Null(stored.Links);
        Assert.Null(archive.Read(stored).Links);
    }

    [Fact]
    public void AManifestWrittenBeforeJudgementsWereKeptIsCompletedWhenTheEditionIsArchivedAgain()
    {
        var archive = fixture.Archive();
        var library = Library(ArchiveFixture.Files(), RealLinks);
        var stored = archive.Store(library, Now, "test");
        // As the archive wrote it before: no "links", no "format".
        var manifest = JsonNode.Parse(File.ReadAllText(archive.ManifestPath(stored.Id)))!.AsObject();
        manifest.Remove("links");
        manifest.Remove("format");
        File.WriteAllText(archive.ManifestPath(stored.Id), manifest.ToJsonString());
        var old = archive.List().Editions.Single();
        Assert.False(old.KnowsLinks);
        Assert.Null(archive.Read(old).Links);

        var completed = archive.Store(library, Now.AddDays(3), "site");
        Assert.True(completed.KnowsLinks);
        Assert.Equal(RealLinks, archive.Read(archive.List().Editions.Single()).Links);
        Assert.Equal(old.Archived, completed.Archived); // nothing else of it changes

        // Once complete it is written once: the same edition served later with revised judgements keeps its first.
        archive.Store(Library(ArchiveFixture.Files(), Revised), Now.AddDays(4), "site");
        Assert.Equal(RealLinks, archive.Read(archive.List().Editions.Single()).Links);
    }

    [Fact]
    public void ALostCopyOfTheJudgementsIsTheEditionsProblem()
    {
        var archive = fixture.Archive();
        var stored = archive.Store(Library(ArchiveFixture.Files(), RealLinks), Now, "test");
        File.WriteAllText(archive.BlobPath(stored.Links!), "links: []\n");
        var problem = archive.Read(stored).Problem!;
        Assert.Equal(ArchiveProblemKind.Corrupt, problem.Kind);
        Assert.Contains("links.yml", problem.Reason);
    }

    [Fact]
    public void AJudgementAnEarlierEditionCannotPlaceIsAWarningAndTheRestStand()
    {
        // A judgement of a paragraph the edition's text does not have (as an archived links.yml read with other texts could be).
        var links = RealLinks + "  - commentary: dong-chunling\n    paragraph: p99\n    item: commitment-1\n    strength: mentioned\n    why: \"No such paragraph.\"\n";
        var loaded = ContentLoader.LoadHistory(ArchiveFixture.Files(), "test", RealContent.Library.SearchTermsText, links: links);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        Assert.Contains(loaded.Warnings, w => w.File == "links.yml" && w.Message.Contains("p99", StringComparison.Ordinal));
        Assert.Equal(RealContent.Library.LinkJudgements.All.Count, loaded.Library!.LinkJudgements.All.Count);
        Assert.False(ContentLoader.Load(ArchiveFixture.Files(), "test", RealContent.Library.SearchTermsText, links: links).IsValid);
    }
}
