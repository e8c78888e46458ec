using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Tests.CrossReferences;

/// <summary>content/links.yml, the editors' judgements of discussion links: read and checked with the content, watched, part of the cache version, and applied.</summary>
public class LinkJudgementsTests
{
    private static readonly Lazy<List<(string Name, string Markdown)>> Files = new(() =>
        Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList());

    private static ContentLoadResult Load(string? links) => ContentLoader.Load(Files.Value, "content", null, null, links);

    private static string Entry(string commentary, string paragraph, string item, string strength, string? why = "A reason.") =>
        $"  - commentary: {commentary}\n    paragraph: {paragraph}\n    item: {item}\n    strength: {strength}\n" + (why is null ? "" : $"    why: \"{why}\"\n");

    [Fact]
    public void TheRealJudgementsAreReadWithTheContent()
    {
        var judgements = RealContent.Library.LinkJudgements.All;
        Assert.Contains(judgements, j => j.Commentary.Anchor == "p1" && j.Item.Anchor == "platform-4" && j.Strength == JudgedStrength.None);
        Assert.All(judgements, j => Assert.False(string.IsNullOrWhiteSpace(j.Why)));
    }

    [Fact]
    public void EachBadEntryIsRefusedWithItsLineAndReason()
    {
        var result = Load("links:\n"
            + Entry("nobody", "p1", "platform-4", "none")
            + Entry("dong-chunling", "p99", "platform-4", "none")
            + Entry("dong-chunling", "p1", "platform-9", "none")
            + Entry("dong-chunling", "p1", "platform-4", "strongly")
            + Entry("dong-chunling", "p1", "platform-4", "none", why: null)
            + Entry("dong-chunling", "p2", "platform-4", "none")
            + Entry("dong-chunling", "p2", "platform-4", "mentioned"));
        Assert.False(result.IsValid);
        var errors = result.Errors.Where(e => e.File == LinkJudgements.FileName).ToList();
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("'nobody'"));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("'p99'"));
        Assert.Contains(errors, e => e.Line == 12 && e.Message.Contains("'platform-9'"));
        Assert.Contains(errors, e => e.Line == 17 && e.Message.Contains("'strongly'"));
        Assert.Contains(errors, e => e.Line == 22 && e.Message.Contains("says why"));
        Assert.Contains(errors, e => e.Line == 31 && e.Message.Contains("judged twice"));
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void BrokenYamlIsRefusedNotThrown() =>
        Assert.Contains(Load("links: [unclosed\n").Errors, e => e.File == LinkJudgements.FileName);

    [Fact]
    public void WithoutTheFileTheComputedLinksStand()
    {
        var library = Load(null).Library!;
        Assert.Empty(library.LinkJudgements.All);
        var map = new CrossReferenceMap(library);
        var dongOne = library.FindCommentary("dong-chunling")!.FindParagraph("p1")!;
        Assert.Contains("platform-4", map.ItemsTakenUpBy(dongOne).Select(i => i.Anchor));
    }

    [Fact]
    public void AJudgementRemovesOrSetsALinkAndCarriesTheEditorsReason()
    {
        var library = Load("links:\n" + Entry("dong-chunling", "p1", "platform-4", "none")
            + Entry("lei-kezhong", "p12", "priority-3", "discussed at length", "A nuclear security system.")).Library!;
        var map = new CrossReferenceMap(library);
        var dongOne = library.FindCommentary("dong-chunling")!.FindParagraph("p1")!;
        Assert.DoesNotContain("platform-4", map.ItemsTakenUpBy(dongOne).Select(i => i.Anchor));
        var cell = map.CoverageOf(library.Paper.Items.Single(i => i.Anchor == "priority-3"), library.FindCommentary("lei-kezhong")!);
        Assert.Equal("p12", cell.Strongest!.Commentary.Anchor);
        Assert.Equal(PassageStrength.DiscussedAtLength, cell.Strongest.Strength);
        Assert.Equal("A nuclear security system.", cell.Strongest.EditorsNote);
    }

    [Fact]
    public void TheJudgementsChangeTheCacheVersionNotTheEdition()
    {
        var one = Load("links:\n" + Entry("dong-chunling", "p1", "platform-4", "none")).Library!;
        var other = Load("links:\n" + Entry("dong-chunling", "p1", "platform-4", "mentioned")).Library!;
        Assert.Equal(one.Version, other.Version);
        Assert.NotEqual(one.CacheVersion, other.CacheVersion);
    }

    [Fact]
    public void WatchedLikeTheSearchTerms() => Assert.True(ContentFiles.IsWatched(LinkJudgements.FileName));
}
