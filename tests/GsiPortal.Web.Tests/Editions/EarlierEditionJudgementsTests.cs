using System.Net;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// The editors' link judgements are part of what an edition showed: revised today, an earlier edition's comparison
/// page still gives the judgement it gave, and today's gives today's.
/// </summary>
public sealed class EarlierEditionJudgementsTests : IDisposable
{
    private readonly EditedSite site = new(watch: false);
    private PortalFactory? factory;

    public void Dispose()
    {
        factory?.Dispose();
        site.Dispose();
    }

    private const string Reason = "China and the United States should cooperate on global security governance";

    [Fact]
    public async Task AnEarlierEditionsComparisonPageGivesTheJudgementItGaveNotTodays()
    {
        var links = File.ReadAllText(Repository.Path("content/links.yml"));
        Assert.Contains(Reason, links);
        // The earlier edition: one word of commitment 4 otherwise, served with the editors' judgements as they were.
        var files = Directory.GetFiles(site.Folder, "*.md").Select(f => (Name: Path.GetFileName(f), Markdown: File.ReadAllText(f)))
            .Select(f => f.Name == "paper.md" ? (f.Name, f.Markdown.Replace("Humanity is an", "Humanity is one")) : f)
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var library = Core.Content.ContentLoader.LoadHistory(files, "test", File.ReadAllText(Path.Combine(site.Folder, "search-terms.yml")), links: links).Library!;
        var earlier = new EditionArchive(site.ArchiveFolder).Store(library, DateTimeOffset.UtcNow.AddDays(-1), "test").Id;
        // Today: the same judgement in revised words.
        File.WriteAllText(Path.Combine(site.Folder, "links.yml"), links.Replace(Reason, "Revised: the two should cooperate"));
        factory = new PortalFactory { ContentPath = site.Folder };
        var client = factory.CreateClient();

        var (then, thenPage) = await Html.Get(client, $"/editions/{earlier}/compare/commitments/6");
        Assert.Equal(HttpStatusCode.OK, then.StatusCode);
        var thenNote = thenPage.QuerySelector("#d-dong-chunling-p16 .editors-note")?.TextContent ?? "";
        Assert.Contains(Reason, thenNote);

        var (_, nowPage) = await Html.Get(client, "/compare/commitments/6");
        var nowNote = nowPage.QuerySelector("#d-dong-chunling-p16 .editors-note")?.TextContent ?? "";
        Assert.Contains("Revised: the two should cooperate", nowNote);
        Assert.DoesNotContain(Reason, nowNote);
    }
}
