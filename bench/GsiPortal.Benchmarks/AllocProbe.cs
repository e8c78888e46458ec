using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// Bytes allocated by one search and by its parts (parse, build, weigh, score, each clause, the hits), on the load
/// bench's query "security peace": where the garbage collector's work comes from (docs/performance.md).
/// </summary>
internal static class AllocProbe
{
    public static void Run(string folder)
    {
        var library = ContentLoader.Load(folder).Library!;
        var units = SearchUnits.From(library).ToList();
        var index = PortalIndex.Build(library);
        var dir = IndexBuilder.Build(units);
        var reader = ResidentReader.Over(DirectoryReader.Open(dir));
        var searcher = new KnownTermsSearcher(reader) { Similarity = IndexBuilder.Similarity };
        var builder = new QueryBuilder(new QueryExpansions(Abbreviations.From(library), library.SearchTerms));
        string q = "security peace";
        for (var i = 0; i < 200; i++) index.Search(new SearchRequest(q));
        void M(string name, Action a)
        {
            for (var i = 0; i < 50; i++) a();
            var b = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++) a();
            Console.WriteLine($"{name,-40} {(GC.GetAllocatedBytesForCurrentThread() - b) / 200.0 / 1024:0.0} KB");
        }
        var parsed = ReaderQuery.Parse(q);
        var built = builder.Build(parsed, reader);
        M("whole search", () => index.Search(new SearchRequest(q)));
        M("clean+parse", () => ReaderQuery.Parse(ReaderQuery.Clean(q)));
        M("build", () => builder.Build(parsed, reader));
        M("count strict", () => searcher.Search(built.Query, new TotalHitCountCollector()));
        M("weight strict", () => searcher.CreateNormalizedWeight(built.Query));
        M("count together", () => searcher.Search(built.Together!, new TotalHitCountCollector()));
        M("termcontext", () => TermContext.Build(reader.Context, new Term(SearchFields.Text, "secur")));
        M("termsenum", () => MultiFields.GetTerms(reader, SearchFields.Text).GetEnumerator());
        M("docfreq", () => reader.DocFreq(new Term(SearchFields.Text, "secur")));
        M("termrarity", () => TermRarity.Of(reader, built.MarkTerms));
        var tq = new TermQuery(new Term(SearchFields.Text, "secur"));
        M("termquery count", () => searcher.Search(tq, new TotalHitCountCollector()));
        var pq = new PhraseQuery { new Term(SearchFields.Text, "secur"), new Term(SearchFields.Text, "peac") };
        M("phrase count", () => searcher.Search(pq, new TotalHitCountCollector()));
        var hits = new SearchHits(units);
        var rarity = TermRarity.Of(reader.NumDocs, built.MarkTerms, searcher.DocFreq);
        M("10 hits", () => { for (var u = 0; u < 10; u++) hits.Of(u, 1, built.MarkTerms, rarity, built.MarkPhrases, built.MarkCapitals); });
        var plain = new BooleanQuery { { new TermQuery(new Term(SearchFields.Text, "secur")), Occur.MUST }, { new TermQuery(new Term(SearchFields.Text, "peac")), Occur.MUST } };
        M("two-term and", () => searcher.Search(plain, new TotalHitCountCollector()));
        M("ref find", () => index.Search(new SearchRequest("II.4")));
        foreach (var clause in ((BooleanQuery)built.Query).Clauses)
        {
            var one = clause.Query;
            M("  clause " + one.ToString()[..Math.Min(40, one.ToString().Length)], () => searcher.Search(one, new TotalHitCountCollector()));
        }
        var sloppy = new PhraseQuery { Slop = 4 };
        sloppy.Add(new Term(SearchFields.Text, "secur")); sloppy.Add(new Term(SearchFields.Text, "peac"));
        M("sloppy alone", () => searcher.Search(sloppy, new TotalHitCountCollector()));
        Console.WriteLine($"leaves {reader.Leaves.Count}; query {built.Query}");
    }
}
