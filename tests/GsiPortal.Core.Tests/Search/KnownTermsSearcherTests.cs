using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// Looking each term up once (<see cref="KnownTermsSearcher"/>) must not change a single result or score: every query
/// here, asked twice (the second time from the kept terms), ranks the real index exactly as Lucene's own searcher does.
/// </summary>
public class KnownTermsSearcherTests
{
    private static readonly DirectoryReader Reader = DirectoryReader.Open(IndexBuilder.Build(SearchUnits.From(RealContent.Library)));

    /// <summary>A word as the text field indexes it (stemmed).</summary>
    private static string Indexed(string word)
    {
        using var stream = IndexBuilder.Analyzer.GetTokenStream(SearchFields.Text, word);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var found = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return found;
    }

    private static Query Word(string field, string word, float boost = 1f) => new TermQuery(new Term(field, Indexed(word))) { Boost = boost };

    public static TheoryData<string> Queries => ["term", "boosted", "all", "most", "phrase", "nowhere"];

    private static Query Build(string name)
    {
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
                    { new PhraseQuery { new Term(SearchFields.Text, Indexed("global")), new Term(SearchFields.Text, Indexed("security")) }, Occur.MUST },
                    { Word(SearchFields.Text, "initiative"), Occur.SHOULD },
                };
            default: return Word(SearchFields.Text, "zqxjwv");
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void RanksAndScoresAsLuceneDoes(string name)
    {
        var plain = new IndexSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var known = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var expected = plain.Search(Build(name), 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        for (var round = 0; round < 2; round++)
            Assert.Equal(expected, known.Search(Build(name), 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
        if (name != "nowhere") Assert.NotEmpty(expected);
    }
}
