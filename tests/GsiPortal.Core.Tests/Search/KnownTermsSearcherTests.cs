using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The search's own Lucene pieces — each term looked up once (<see cref="KnownTermsSearcher"/>,
/// <see cref="KnownTermQuery"/>), exact phrases counted from their positions (<see cref="ExactPhraseQuery"/>), BM25
/// without its per-term overhead (<see cref="PortalSimilarity"/>), over the resident index — must not change a single
/// result or score: every query here, asked twice (the second time from the kept terms), ranks the real index exactly
/// as Lucene's own searcher, term and phrase queries and BM25 do over the index as Lucene keeps it.
/// </summary>
public class KnownTermsSearcherTests
{
    private static readonly Lucene.Net.Store.Directory Index = IndexBuilder.Build(SearchUnits.From(RealContent.Library));
    private static readonly DirectoryReader Reader = DirectoryReader.Open(Index);
    private static readonly DirectoryReader Resident = ResidentReader.Over(DirectoryReader.Open(Index));

    /// <summary>A word as the text field indexes it (stemmed).</summary>
    private static string Indexed(string word) => IndexedWord.Of(word);

    public static TheoryData<string> Queries => [.. Names];

    private static readonly string[] Names =
        ["term", "boosted", "all", "most", "phrase", "nowhere", "phrase-title", "phrase-gap", "phrase-three", "phrase-repeated", "phrase-nowhere", "phrase-sloppy", "phrase-boosted"];

    /// <summary>The named query, built of the search's own pieces (<paramref name="ours"/>) or of Lucene's.</summary>
    private static Query Build(string name, bool ours)
    {
        Query Word(string field, string word, float boost = 1f) =>
            ours ? new KnownTermQuery(new Term(field, Indexed(word))) { Boost = boost } : new TermQuery(new Term(field, Indexed(word))) { Boost = boost };
        Query Phrase(string field, int slop, float boost, params (string Word, int Position)[] words)
        {
            var phrase = ours ? new ExactPhraseQuery() : new PhraseQuery();
            phrase.Slop = slop;
            phrase.Boost = boost;
            foreach (var (word, position) in words) phrase.Add(new Term(field, Indexed(word)), position);
            return phrase;
        }
        switch (name)
        {
            case "term": return Word(SearchFields.Text, "security");
            case "boosted": return new BooleanQuery(disableCoord: true) { { Word(SearchFields.Text, "nuclear"), Occur.SHOULD }, { Word(SearchFields.Title, "nuclear", 3f), Occur.SHOULD } };
            case "all": return new BooleanQuery(disableCoord: true) { { Word(SearchFields.Text, "indivisible"), Occur.MUST }, { Word(SearchFields.Text, "security"), Occur.MUST } };
            case "most":
                var most = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = 2, Boost = 2f };
                foreach (var word in new[] { "dialogue", "consultation", "disputes", "peace" }) most.Add(Word(SearchFields.Text, word), Occur.SHOULD);
                return most;
            case "phrase":
                return new BooleanQuery
                {
                    { Phrase(SearchFields.Text, 0, 1f, ("global", 0), ("security", 1)), Occur.MUST },
                    { Word(SearchFields.Text, "initiative"), Occur.SHOULD },
                };
            case "phrase-title": return Phrase(SearchFields.Title, 0, 2f, ("security", 0), ("governance", 1));
            // "a nuclear war cannot be won": stop words leave gaps the phrase keeps.
            case "phrase-gap": return Phrase(SearchFields.Text, 0, 1f, ("nuclear", 0), ("war", 1), ("won", 4));
            case "phrase-three": return Phrase(SearchFields.Text, 0, 1f, ("common", 0), ("comprehensive", 1), ("cooperative", 2));
            // The same term twice: each place counted once, as Lucene counts it.
            case "phrase-repeated": return Phrase(SearchFields.Text, 0, 1f, ("security", 0), ("security", 1));
            case "phrase-nowhere": return new BooleanQuery(disableCoord: true)
            {
                { Word(SearchFields.Text, "security"), Occur.MUST }, { Phrase(SearchFields.Text, 0, 3f, ("security", 0), ("zqxjwv", 1)), Occur.SHOULD },
            };
            case "phrase-sloppy": return Phrase(SearchFields.Text, 4, 1f, ("nuclear", 0), ("war", 1));
            case "phrase-boosted": return new BooleanQuery(disableCoord: true)
            {
                { Word(SearchFields.Text, "food"), Occur.MUST }, { Word(SearchFields.Text, "security"), Occur.MUST },
                { Phrase(SearchFields.Text, 0, 3f, ("food", 0), ("security", 1)), Occur.SHOULD }, { Phrase(SearchFields.Title, 0, 3f, ("food", 0), ("security", 1)), Occur.SHOULD },
            };
            default: return Word(SearchFields.Text, "zqxjwv");
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void RanksAndScoresAsLuceneDoes(string name)
    {
        var lucene = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        var ours = new KnownTermsSearcher(Resident) { Similarity = IndexBuilder.Similarity };
        var expected = lucene.Search(Build(name, ours: false), 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        for (var round = 0; round < 2; round++)
            Assert.Equal(expected, ours.Search(Build(name, ours: true), 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
        if (name is not "nowhere" and not "phrase-repeated") Assert.NotEmpty(expected);
    }

    [Fact]
    public void TheSearchsQueriesEqualLucenesOwn()
    {
        // Equal and hashed alike: the per-index caches of clause matches are keyed by queries.
        foreach (var name in Names)
        {
            Assert.Equal(Build(name, ours: false), Build(name, ours: true));
            Assert.Equal(Build(name, ours: false).GetHashCode(), Build(name, ours: true).GetHashCode());
        }
    }

    [Fact]
    public void KeepsOnlyTheTermsTheIndexHolds()
    {
        // A stranger's ?highlight=x1, x2, … asks for a new absent term each time; kept, they filled the bound (about 8 MB
        // after load.sh's mix). Past the first few thousand, absent terms are looked up afresh and still answer 0; a term
        // the index holds is kept, and answers as the reader does.
        var searcher = new KnownTermsSearcher(Resident) { Similarity = IndexBuilder.Similarity };
        for (var n = 0; n < 3 * KnownTermsSearcher.MostAbsentTerms; n++)
            Assert.Equal(0, searcher.DocFreq(new Term(SearchFields.Text, "x" + n)));
        Assert.Equal(0, searcher.DocFreq(new Term(SearchFields.Text, "x0")));
        Assert.Equal(KnownTermsSearcher.MostAbsentTerms, searcher.KnownCount);
        var security = new Term(SearchFields.Text, Indexed("security"));
        Assert.True(Reader.DocFreq(security) > 0);
        for (var round = 0; round < 2; round++)
            Assert.Equal(Reader.DocFreq(security), searcher.DocFreq(security));
        Assert.Equal(KnownTermsSearcher.MostAbsentTerms + 1, searcher.KnownCount);
    }
}
