using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A quoted phrase is an exact phrase: what it marks, in a result's snippet and on the page a result leads to, is the
/// phrase where it stands, never one of its words alone nor a stem-mate. "indivisible security" in quotation marks
/// marked "indivisibility" on commitment 4 and Chen Xiangyang ¶9 (a reader's report). Against the real content.
/// </summary>
public class QuotedPhraseMarksTests
{
    private static SearchResponse Search(string q) => RealContent.Index.Search(new SearchRequest(q));

    /// <summary>The analysed terms of a marked run, in order.</summary>
    private static string Analysed(string text) => string.Join(' ', TextAnalysis.Terms(text));

    [Theory]
    [InlineData("\"indivisible security\"")]
    [InlineData("\"common security\"")]
    [InlineData("\"security architecture\"")]
    public void EveryMarkOfAQuotedPhraseIsThePhrase(string query)
    {
        var phrase = Analysed(query.Trim('"'));
        var response = Search(query);
        Assert.NotEmpty(response.Hits);
        foreach (var hit in response.Hits)
            Assert.All(hit.Snippet.Where(r => r.Marked), r => Assert.True(Analysed(r.Text) == phrase, $"{hit.Id} marks “{r.Text}” for {query}"));
    }

    [Fact]
    public void AQuotedPhraseBesideAWordMarksTheWordAloneAndThePhraseOnlyWhole()
    {
        // "indivisibility" is the typed word's stem-mate and is marked for it; "security" alone is not.
        var hit = Search("\"indivisible security\" indivisibility").Hits.Single(h => h.Id == "paper/commitment-4");
        var marks = hit.Snippet.Where(r => r.Marked).Select(r => r.Text).ToList();
        Assert.Contains("indivisible security", marks);
        Assert.Contains("indivisibility", marks);
        Assert.DoesNotContain("security", marks);
    }

    private const string Sentence = "We uphold the principle of indivisible security, advocating the indivisibility between individual security and common security";

    private static List<string> PageMarks(string highlight) =>
        RealContent.Index.Highlight(highlight).On([Sentence]).Mark(Sentence).Where(r => r.Marked).Select(r => r.Text).ToList();

    [Fact]
    public void ThePageAResultLeadsToMarksAQuotedPhraseOnlyWhereItStands()
    {
        Assert.Equal(["indivisible security"], PageMarks("\"indivisible security\""));
        // Unquoted, the words are searched by their stems, and the page marks them so (docs/search.md).
        Assert.Equal(["indivisible security", "indivisibility"], PageMarks("indivisible security"));
    }

    [Fact]
    public void AQuotedAndAnUnquotedHighlightAreKeptApart()
    {
        Assert.NotEqual(RealContent.Index.Highlight("\"indivisible security\"").Key, RealContent.Index.Highlight("indivisible security").Key);
        Assert.Equal(RealContent.Index.Highlight("indivisible security").Key, RealContent.Index.Highlight("Security INDIVISIBLE").Key);
    }

    [Fact]
    public void ThePageAResultLeadsToMarksWhatTheSearchFoundBesideTheTypedWord()
    {
        // Commitment 5 is found for "mediation" by "good offices" and "mediate", and its snippet marks them; the page
        // the result leads to must mark them too, not nothing.
        const string offices = "Major countries must uphold justice, fulfill their due responsibilities, support consultation on an equal footing, and facilitate talks for peace, play good offices and mediate in light of the needs and will of the countries concerned.";
        var snippetMarks = Search("mediation").Hits.Single(h => h.Id == "paper/commitment-5").Snippet.Where(r => r.Marked).Select(r => r.Text).ToList();
        var pageMarks = RealContent.Index.Highlight("mediation").On([offices]).Mark(offices).Where(r => r.Marked).Select(r => r.Text).ToList();
        Assert.Contains("good offices", snippetMarks);
        Assert.Equal(snippetMarks, pageMarks);
    }

    [Fact]
    public void AHighlightOfWordsNoTextHoldsKeepsNothing()
    {
        // Pages asked with words of no text (a crawler's, load.sh's "?highlight=x123") must not fill the builder's
        // per-word caches: they did, 30 MB of working set after load.sh's mix.
        var index = RealContent.Index;
        var unheard = $"zq{Guid.NewGuid():N}";
        Assert.Same(PageHighlight.None, index.Highlight(unheard));
        Assert.False(index.BuilderKeeps(unheard));
        // A search of it keeps it, as a search should (the check can tell).
        index.Search(new SearchRequest(unheard));
        Assert.True(index.BuilderKeeps(unheard));
        // A word the texts hold is still marked with what the search searched beside it.
        Assert.Contains(index.Highlight("mediation").Mark("play good offices and mediate"), r => r.Marked && r.Text == "good offices");
    }

    [Fact]
    public void AnExcludedWordIsNotMarked()
    {
        // "-security" matched nothing: the results are those without it, and the page must not mark it.
        Assert.Equal(["common"], PageMarks("common -security"));
    }
}
