using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A kept query's weight is made once and shared by every search holding it (<see cref="SharedWeight"/>): a clause's
/// query, a pair's near-phrase boost, a word's exact-form boost. Every shape a search gives them — alone, required
/// beside boosts, inside a boosted query, and a light clause's ¼ (normalised otherwise, so weighed afresh) — must rank
/// and score exactly as the same queries weighed afresh, whichever shape weighs them first, and again after.
/// </summary>
public class SharedWeightTests
{
    private static readonly DirectoryReader Reader = ResidentReader.Over(DirectoryReader.Open(IndexBuilder.Build(SearchUnits.From(RealContent.Library))));

    private static readonly string[] Names = ["light", "boosted", "required", "alone", "pair", "exact"];

    public static TheoryData<string> Shapes => [.. Names];

    /// <summary>A word as the text field indexes it (stemmed).</summary>
    private static string Indexed(string word) => IndexedWord.Of(word);

    /// <summary>
    /// The kept queries of one index's searches, their matches known as a search knows them (a clause's weight is kept
    /// only then), or the same queries made afresh (equal, weighed each time).
    /// </summary>
    private sealed class Pieces(KnownTermsSearcher? keptFor)
    {
        private readonly ClauseQueries clauses = new();
        private readonly ClauseMatches? matches = keptFor is null ? null : new ClauseMatches(keptFor);
        private bool Kept => keptFor is not null;

        public Query Clause(string word)
        {
            var query = clauses.Fields([[Indexed(word)]], marks: null);
            if (matches is not null)
            {
                matches.Of(query);
                return query;
            }
            var fresh = new BooleanQuery(disableCoord: true);
            foreach (var c in ((BooleanQuery)query).Clauses) fresh.Add(c.Query, c.Occur);
            return fresh;
        }

        public Query Pair(string a, string b) => ClauseQueries.Phrase(SearchFields.Text, [Indexed(a), Indexed(b)], QueryBuilder.NearSlop, 0.5f, Kept);

        public Query Exact(string form) => new KnownTermQuery(new Term(SearchFields.Spell, form)) { Boost = 0.5f, Kept = Kept };
    }

    private static Query Build(string shape, Pieces p) => shape switch
    {
        // As BuiltQuery.MostOf wraps a light clause: one clause under a boost of ¼, which Lucene rewrites into a copy.
        "light" => new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = 1, Clauses = { new BooleanClause(new BooleanQuery { Boost = 0.25f, Clauses = { new BooleanClause(p.Clause("security"), Occur.SHOULD) } }, Occur.SHOULD), new BooleanClause(p.Clause("food"), Occur.SHOULD) } }, Occur.MUST },
            { p.Pair("food", "security"), Occur.SHOULD },
        },
        "boosted" => new BooleanQuery(disableCoord: true) { Boost = 2f, Clauses = { new BooleanClause(p.Clause("security"), Occur.MUST), new BooleanClause(p.Clause("food"), Occur.SHOULD) } },
        "required" => new BooleanQuery(disableCoord: true)
        {
            { p.Clause("food"), Occur.MUST }, { p.Clause("security"), Occur.MUST }, { p.Pair("food", "security"), Occur.SHOULD }, { p.Exact("food"), Occur.SHOULD },
        },
        "alone" => p.Clause("security"),
        "pair" => p.Pair("nuclear", "war"),
        _ => p.Exact("security"),
    };

    private static List<(int Doc, float Score)> Run(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shared_weight_scores_as_a_fresh_one(string first)
    {
        var fresh = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var freshPieces = new Pieces(keptFor: null);
        var expected = Names.ToDictionary(s => s, s => Run(fresh, Build(s, freshPieces)));
        Assert.All(expected.Values, Assert.NotEmpty);

        var searcher = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var kept = new Pieces(searcher);
        // The shape named first makes the shared weights; every shape then reads them, twice.
        Assert.Equal(expected[first], Run(searcher, Build(first, kept)));
        for (var round = 0; round < 2; round++)
            foreach (var shape in expected.Keys)
                Assert.Equal(expected[shape], Run(searcher, Build(shape, kept)));
    }

    [Fact]
    public void A_kept_query_found_somewhere_is_weighed_once()
    {
        // Two searches' scorers come from one weight when it is shared, from two when each search weighs its own.
        var searcher = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        Weight? WeightOf(Query query) => searcher.CreateNormalizedWeight(query).GetScorer(Reader.Leaves[0], null)?.Weight;
        var kept = new Pieces(searcher);
        foreach (var query in new[] { kept.Clause("security"), kept.Pair("nuclear", "war"), kept.Exact("security") })
        {
            Assert.NotNull(WeightOf(query));
            Assert.Same(WeightOf(query), WeightOf(query));
        }
        var fresh = new Pieces(keptFor: null);
        foreach (var query in new[] { fresh.Clause("security"), fresh.Pair("nuclear", "war"), fresh.Exact("security") })
            Assert.NotSame(WeightOf(query), WeightOf(query));
    }

    [Theory]
    [InlineData("security")]
    [InlineData("food")]
    [InlineData("nuclear")]
    public void A_kept_clause_is_scored_from_its_kept_units_as_its_own_tree_scores_them(string word)
    {
        // The shared weight's scorer reads the units and scores its tree gave once (ResidentScores): stepped one by one
        // or advanced as a conjunction advances it, it lands on the same units with the same scores and reports the
        // same cost (a conjunction sums its parts in the order of their costs).
        var searcher = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var kept = new Pieces(searcher).Clause(word);
        var fresh = new Pieces(keptFor: null).Clause(word);
        Scorer ScorerOf(Query query) => searcher.CreateNormalizedWeight(query).GetScorer(Reader.Leaves[0], null)!;
        Assert.NotEqual(ScorerOf(kept).GetType(), ScorerOf(fresh).GetType());
        Assert.Equal(ScorerOf(fresh).GetCost(), ScorerOf(kept).GetCost());
        Assert.Equal(Steps(ScorerOf(fresh), null), Steps(ScorerOf(kept), null));
        for (var stride = 2; stride <= 7; stride++)
            Assert.Equal(Steps(ScorerOf(fresh), stride), Steps(ScorerOf(kept), stride));
    }

    /// <summary>The units and scores a scorer gives, stepped one by one, or (with a stride) advanced to every stride-th unit number and stepped after it.</summary>
    private static List<(int Doc, float Score)> Steps(Scorer scorer, int? stride)
    {
        var found = new List<(int, float)>();
        var doc = scorer.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            found.Add((doc, scorer.GetScore()));
            doc = stride is { } s && doc + s < Reader.MaxDoc ? scorer.Advance((doc / s + 1) * s) : scorer.NextDoc();
        }
        return found;
    }

    [Fact]
    public void A_light_clause_scores_below_the_same_clause_required()
    {
        // The light clause's ¼ is applied, not lost to the shared weight made at full strength before it.
        var searcher = new KnownTermsSearcher(Reader) { Similarity = IndexBuilder.Similarity };
        var kept = new Pieces(searcher);
        var full = Run(searcher, kept.Clause("security"));
        var light = Run(searcher, new BooleanQuery { Boost = 0.25f, Clauses = { new BooleanClause(kept.Clause("security"), Occur.SHOULD) } });
        Assert.Equal(full.Select(h => h.Doc), light.Select(h => h.Doc));
        Assert.All(full.Zip(light), pair => Assert.Equal(pair.First.Score * 0.25f, pair.Second.Score, 4));
    }
}
