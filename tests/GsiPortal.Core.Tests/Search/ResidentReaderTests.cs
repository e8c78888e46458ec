using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The resident index (<see cref="ResidentReader"/>) must hand Lucene exactly what the index holds: every field's
/// terms in order with their statistics, every posting with its frequency and positions, seeks that land where
/// Lucene's own land, and therefore the same ranking and scores.
/// </summary>
public class ResidentReaderTests
{
    private static readonly Lucene.Net.Store.Directory Index = IndexBuilder.Build(SearchUnits.From(RealContent.Library));

    [Fact]
    public void EveryTermPostingAndPositionIsTheIndexsOwn()
    {
        using var plain = DirectoryReader.Open(Index);
        using var resident = ResidentReader.Over(DirectoryReader.Open(Index));
        Assert.IsType<ResidentReader>(resident);
        var fields = MultiFields.GetFields(plain).ToList();
        Assert.Contains(SearchFields.Text, fields);
        Assert.Equal(fields, MultiFields.GetFields(resident).ToList());
        var compared = 0;
        foreach (var field in fields)
        {
            var expected = MultiFields.GetTerms(plain, field);
            var actual = MultiFields.GetTerms(resident, field);
            Assert.Equal((expected.Count, expected.SumDocFreq, expected.SumTotalTermFreq, expected.DocCount, expected.HasPositions),
                (actual.Count, actual.SumDocFreq, actual.SumTotalTermFreq, actual.DocCount, actual.HasPositions));
            var e = expected.GetEnumerator();
            var a = actual.GetEnumerator();
            while (e.MoveNext())
            {
                Assert.True(a.MoveNext());
                Assert.Equal(e.Term, a.Term);
                Assert.Equal((e.DocFreq, e.TotalTermFreq), (a.DocFreq, a.TotalTermFreq));
                Assert.Equal(Postings(e, expected.HasPositions), Postings(a, expected.HasPositions));
                compared++;
            }
            Assert.False(a.MoveNext());
        }
        Assert.True(compared > 1000, $"only {compared} terms compared");
    }

    [Theory]
    [InlineData(SearchFields.Text, "secur")]     // a term the index holds
    [InlineData(SearchFields.Text, "securz")]    // between two terms
    [InlineData(SearchFields.Text, "")]          // before the first
    [InlineData(SearchFields.Text, "\uffff")]    // after the last
    [InlineData(SearchFields.Spell, "khok")]     // a prefix of a name
    public void SeeksLandWhereLucenesLand(string field, string text)
    {
        using var plain = DirectoryReader.Open(Index);
        using var resident = ResidentReader.Over(DirectoryReader.Open(Index));
        var e = MultiFields.GetTerms(plain, field).GetEnumerator();
        var a = MultiFields.GetTerms(resident, field).GetEnumerator();
        var status = e.SeekCeil(new BytesRef(text));
        Assert.Equal(status, a.SeekCeil(new BytesRef(text)));
        if (status != TermsEnum.SeekStatus.END) Assert.Equal(e.Term, a.Term);
        Assert.Equal(MultiFields.GetTerms(plain, field).GetEnumerator().SeekExact(new BytesRef(text)), MultiFields.GetTerms(resident, field).GetEnumerator().SeekExact(new BytesRef(text)));
        Assert.Equal(plain.DocFreq(new Term(field, text)), resident.DocFreq(new Term(field, text)));
    }

    [Fact]
    public void RanksAndScoresAsLuceneDoes()
    {
        using var plain = DirectoryReader.Open(Index);
        using var resident = ResidentReader.Over(DirectoryReader.Open(Index));
        var exact = new PhraseQuery { new Term(SearchFields.Text, "indivis"), new Term(SearchFields.Text, "secur") };
        var near = new PhraseQuery { Slop = 4 };
        near.Add(new Term(SearchFields.Text, "nuclear"));
        near.Add(new Term(SearchFields.Text, "war"));
        var query = new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery { { new TermQuery(new Term(SearchFields.Text, "secur")), Occur.SHOULD }, { new TermQuery(new Term(SearchFields.Title, "secur")) { Boost = 2 }, Occur.SHOULD } }, Occur.MUST },
            { exact, Occur.SHOULD }, { near, Occur.SHOULD }, { new TermQuery(new Term(SearchFields.Shape, SearchFields.Quantity)), Occur.SHOULD },
        };
        var expected = new IndexSearcher(plain) { Similarity = IndexBuilder.Similarity }.Search(query, 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        Assert.True(expected.Count > 10);
        Assert.Equal(expected, new IndexSearcher(resident) { Similarity = IndexBuilder.Similarity }.Search(query, 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
    }

    [Fact]
    public void AnIndexPastItsBoundIsSearchedAsLuceneKeepsIt()
    {
        var reader = DirectoryReader.Open(Index);
        using var searched = ResidentReader.Over(reader, mostPostings: 1000);
        Assert.Same(reader, searched);
    }

    /// <summary>A term's postings as (document, frequency, positions) read through the enumerators Lucene's scorers use.</summary>
    private static List<(int Doc, int Freq, string Positions)> Postings(TermsEnum terms, bool positions)
    {
        var found = new List<(int, int, string)>();
        if (positions)
        {
            var p = terms.DocsAndPositions(null, null)!;
            while (p.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                found.Add((p.DocID, p.Freq, string.Join(",", Enumerable.Range(0, p.Freq).Select(_ => p.NextPosition()))));
        }
        else
        {
            var d = terms.Docs(null, null);
            while (d.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) found.Add((d.DocID, d.Freq, ""));
        }
        return found;
    }
}
