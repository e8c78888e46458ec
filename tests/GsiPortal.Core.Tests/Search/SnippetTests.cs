using GsiPortal.Core.Search;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// What a result's snippet shows and marks, on the real texts: the phrase or the rarest searched words, and a word
/// found in most units ("security", "countries") marked only where it is part of the match. Measured against
/// Lucene.Net.Highlighter by <c>bench … -- snippets</c> (docs/search.md).
/// </summary>
public class SnippetTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    private static IEnumerable<string> Marked(SearchHit hit) => hit.Snippet.Where(r => r.Marked).Select(r => r.Text);

    [Fact]
    public void AShortFormThatFoundTheUnitIsMarkedWhereItIsWrittenInCapitals()
    {
        // Dong Chunling ¶17 says "AI security", never "artificial intelligence": the snippet shows why it matched.
        var dong = Assert.Single(Search("artificial intelligence").Hits, h => h.Id == "dong-chunling/p17");
        Assert.Contains("AI", Marked(dong));
        // "United States" also searches "US" in capitals; "us" the pronoun is never marked.
        Assert.All(Search("united states").Hits.SelectMany(Marked), m => Assert.NotEqual("us", m));
    }

    [Fact]
    public void ACommonWordIsMarkedOnlyBesideARarerSearchedWord()
    {
        var hits = Search("Pacific island countries").Hits;
        Assert.Contains(hits, h => Marked(h).Contains("Pacific island countries"));
        // "The two major countries will be able to deliver win-win cooperation. The Pacific Ocean will prove to be
        // vast enough": "Pacific" is why it matched, "countries" (in most units) is not.
        var ocean = Assert.Single(hits, h => string.Concat(h.Snippet.Select(r => r.Text)).Contains("Pacific Ocean", StringComparison.Ordinal));
        Assert.Contains("Pacific", Marked(ocean));
        Assert.DoesNotContain(Marked(ocean), m => m.Contains("countries", StringComparison.OrdinalIgnoreCase));
        Assert.All(hits.SelectMany(Marked).Where(m => m.Contains("countries", StringComparison.OrdinalIgnoreCase)),
            m => Assert.Contains("island", m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ACommonWordSearchedAloneIsStillMarked() =>
        Assert.All(Search("security").Hits, h => Assert.Contains(Marked(h), m => m.Contains("ecurity", StringComparison.Ordinal)));

    [Fact]
    public void TheSentenceWithTheRarestWordIsShown()
    {
        // Ovais Ali Khokhar's conclusion: "a community of shared security for humanity" in its first sentence,
        // "indivisible peace" in its third; "indivisible" is the rarest of the searched words.
        var conclusion = Assert.Single(Search("Humanity is an indivisible security community").Hits,
            h => h.Document == "ovais-ali-khokhar" && h.Snippet.Any(r => r.Text.Contains("indivisible", StringComparison.Ordinal) || r.Text.Contains("humanity.", StringComparison.Ordinal)));
        Assert.Contains("indivisible", Marked(conclusion));
    }

    [Fact]
    public void ALongSentenceIsCutAroundItsHeaviestMatchNotItsFirst()
    {
        // Chen Xiangyang's 440-character sentence names "China's" early and "the United States" at its end: the
        // window shows the phrase the abbreviation stands for.
        var hit = Assert.Single(Search("US China relations").Hits, h => h.Id == "chen-xiangyang/p20");
        Assert.Contains("United States", Marked(hit));
    }
    private static string Shown(SearchHit hit) => string.Concat(hit.Snippet.Select(r => r.Text));

    [Fact]
    public void AResultHoldingTheWordsApartShowsEachWordWhereItStands()
    {
        // Commitment 4 holds "Humanity" in its second sentence and "security rights" in a later one; the note says it
        // holds the words apart, and the snippet shows both, the sentence the link opens at first in weight.
        var hit = Assert.Single(Search("human rights").Hits, h => h.Id == "paper/commitment-4");
        Assert.Contains("Humanity", Marked(hit));
        Assert.Contains("rights", Marked(hit));
        Assert.Contains("Humanity is an indivisible security community. … We uphold the principle of indivisible security", Shown(hit), StringComparison.Ordinal);
    }

    [Fact]
    public void ASnippetThatShowsEverySearchedWordIsOnePiece()
    {
        // Priority 10 names "Pacific island countries" and "climate change" in its first sentence: nothing is added.
        var hit = Assert.Single(Search("Pacific island countries climate change").Hits, h => h.Id == "paper/priority-10");
        Assert.DoesNotContain(" … ", Shown(hit).Trim('…', ' '), StringComparison.Ordinal);
        Assert.Contains("climate change", Marked(hit));
    }

    [Theory]
    [InlineData("cold war mentality", "paper/commitment-3", "Cold War mentality", "wars")]
    [InlineData("unilateral sanctions", "paper/commitment-5", "unilateral sanctions", "War and sanctions")]
    public void AWordTheSnippetShowsInsideThePhraseAddsNoPieceElsewhere(string query, string id, string phrase, string elsewhere)
    {
        // The window showed the phrase, and a second piece was added for "war" ("the two world wars") or "sanctions"
        // ("War and sanctions are no fundamental solution"), read as the phrase's first word alone: stitched with "…",
        // the two read as if close (a fresh-eyes review).
        var hit = Assert.Single(Search(query).Hits, h => h.Id == id);
        Assert.Equal([phrase], Marked(hit));
        Assert.DoesNotContain(elsewhere, Shown(hit), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nuclear security", "paper/priority-3", "nuclear security")]
    [InlineData("energy security", "paper/priority-18", "energy security")]
    public void TheSentenceHoldingThePhraseIsShownBeforeOneSayingAWordOfItOftener(string query, string id, string phrase)
    {
        // Priority 3 says "nuclear" three times in its sentence on the NPT, priority 18 "energy" four times in its
        // sentence on energy policy: by weight alone, either outweighed the sentence holding the phrase.
        var hit = Assert.Single(Search(query).Hits, h => h.Id == id);
        Assert.Contains(phrase, Marked(hit), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheLinkOpensAtThePieceCutForTheQueryNotAtAnEarlierOne()
    {
        // Commitment 4 for "human rights": the piece showing "Humanity" stands first in the text, the sentence holding
        // "rights", the rarer word, is the one cut for the query: the result links there.
        var hit = Assert.Single(Search("human rights").Hits, h => h.Id == "paper/commitment-4");
        Assert.True(hit.SnippetLead > 0);
        var passage = new GsiPortal.Core.Addresses.AddressBook(RealContent.Library).Resolve(hit.Locator)!;
        var sentence = HitSentence.Of(hit.Snippet, passage, hit.SnippetLead)!;
        Assert.Contains("security rights", sentence.Text, StringComparison.Ordinal);
        Assert.Contains("Humanity", HitSentence.Of(hit.Snippet, passage)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSecondPieceIsLeftOutWhereTheTwoWouldNotReadAtAGlance() =>
        // Each snippet stays within its window and one short piece: 416 characters at most, with its ellipses.
        Assert.All(new[] { "human rights", "terrorism governance", "peace stability", "traditional cooperation" }.SelectMany(q => Search(q).Hits),
            h => Assert.True(Shown(h).Length <= 416 + 6, $"{h.Id}: {Shown(h).Length} characters"));
}
