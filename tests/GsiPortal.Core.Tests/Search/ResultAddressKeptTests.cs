using GsiPortal.Core.Addresses;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The sentence a result links to, worked out from each paragraph's sentences placed once (<see cref="HitSentence.AddressOf"/>)
/// and its unit's passage resolved once (<see cref="AddressBook.ResolveKept"/>), is the one <see cref="HitSentence.Of"/>
/// and <see cref="AddressBook.Resolve(Locator)"/> give: over every result of load.sh's word pairs, on both pages, and
/// the results whose snippet was cut for a later piece than its first.
/// </summary>
public class ResultAddressKeptTests
{
    // bench/load.sh's words (rotate.lua), as bench/GsiPortal.Benchmarks' SearchThroughput pairs them.
    private static readonly string[] Words =
    [
        "security", "peace", "dialogue", "nuclear", "sanctions", "sovereignty", "terrorism", "cooperation", "development",
        "indivisible", "climate", "africa", "ukraine", "charter", "governance", "dispute", "mechanism", "platform", "biosecurity",
        "maritime", "space", "energy", "food", "cyber", "data", "multilateralism", "hegemonism", "confrontation", "community", "mankind",
        "consultation", "stability", "regional", "global", "initiative", "principle", "common", "sustainable", "comprehensive", "traditional",
    ];

    private static IEnumerable<SearchHit> Hits()
    {
        foreach (var a in Words)
        foreach (var b in Words)
        {
            if (a == b) continue;
            var first = RealContent.Index.Search(new SearchRequest($"{a} {b}"));
            foreach (var hit in first.Hits) yield return hit;
            if (first.PageCount > 1)
                foreach (var hit in RealContent.Index.Search(new SearchRequest($"{a} {b}") { Page = 2 }).Hits) yield return hit;
        }
        foreach (var q in new[] { "human rights", "cold war mentality", "the two world wars", "nuclear war cannot be won" })
            foreach (var hit in RealContent.Index.Search(new SearchRequest(q)).Hits) yield return hit;
    }

    [Fact]
    public void EveryResultLinksToTheSentenceTheSlowerWayFinds()
    {
        var addresses = new AddressBook(RealContent.Library);
        var checkedInPaper = 0;
        var laterPiece = 0;
        foreach (var hit in Hits())
        {
            var passage = addresses.Resolve(hit.Locator);
            var kept = addresses.ResolveKept(hit.Locator);
            Assert.Equal(passage?.Address, kept?.Address);
            Assert.Same(kept, addresses.ResolveKept(hit.Locator));
            if (passage is not { Document: GsiPortal.Core.Content.Paper, Kind: PassageKind.Item or PassageKind.Paragraphs }) continue;
            Assert.Equal(HitSentence.Of(hit.Snippet, passage, hit.SnippetLead)?.Address, HitSentence.AddressOf(hit.Snippet, passage, hit.SnippetLead));
            Assert.Equal(HitSentence.Of(hit.Snippet, passage)?.Address, HitSentence.AddressOf(hit.Snippet, passage));
            checkedInPaper++;
            if (hit.SnippetLead > 0) laterPiece++;
        }
        // Enough of each kind to mean something: the paper's results, and those cut for a later piece.
        Assert.True(checkedInPaper > 2_000, $"{checkedInPaper} results in the paper");
        Assert.True(laterPiece > 0, "no result cut for a later piece");
    }
}
