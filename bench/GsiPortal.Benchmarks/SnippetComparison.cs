using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;
using GsiPortal.Core.Text;
using GsiPortal.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;
using Lucene.Net.Store;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GsiPortal.Benchmarks;

/// <summary>A snippet as scored: the stretch of the unit's text it shows and the character ranges it marks.</summary>
internal sealed record Snippet(int Start, int End, List<(int Start, int End)> Marks);

/// <summary>One hit of one judged query: the unit, its analysed tokens, and what the search searched for.</summary>
internal sealed record SnippetCase(string Query, int Doc, string Text, IReadOnlyList<AnalyzedToken> Tokens, Query Ran, BuiltQuery Built);

/// <summary>A way of making snippets: per query a setup (Lucene's scorer, field query), then one snippet per hit.</summary>
internal sealed record SnippetMaker(string Name, Func<SnippetCase, Func<SnippetCase, Snippet?>> ForQuery);

/// <summary>
/// Our snippets against Lucene.Net.Highlighter's, on every query of the judged sets and each query's first page
/// of results, given the query the search actually ran. Criteria (docs/search.md, "Snippets measured"):
/// (a) phrase as one mark, (b) the phrase or the rarest matched word shown, (c) no common word marked alone,
/// (d) length and start, (e) time. Run: dotnet run -c Release --project bench/GsiPortal.Benchmarks -- snippets
/// </summary>
internal static class SnippetComparison
{
    /// <summary>Lucene's tags: characters the texts never hold, so marks are found again exactly.</summary>
    private const string Open = "\u0001", Close = "\u0002";

    /// <summary>A snippet longer than this reads as a block, not a snippet (three lines of the results column).</summary>
    internal const int MaxLength = 400;
    private const int MinLength = 60;
    private const int FragmentSize = 260;

    public static void Run(string contentFolder)
    {
        var library = ContentLoader.Load(contentFolder).Library ?? throw new InvalidOperationException("content is not valid");
        var units = SearchUnits.From(library).ToList();
        using var index = PortalIndex.Build(library);
        var ordinals = units.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i);

        // The bench's own index of the same units, in the same order (document number = ordinal), with what
        // Lucene's highlighters read: the text stored, term vectors with positions and offsets.
        using var directory = new RAMDirectory();
        var type = new FieldType(TextField.TYPE_STORED)
        {
            StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PortalAnalyzer.Version, IndexBuilder.Analyzer)))
        {
            foreach (var u in units) writer.AddDocument(new LuceneDocument { new Field(SearchFields.Text, u.Text, type) });
            writer.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(directory);
        var df = new Dictionary<string, int>();
        int Df(string term) => df.TryGetValue(term, out var n) ? n : df[term] = reader.DocFreq(new Term(SearchFields.Text, term));

        var queries = SearchJudgements.Load(Repository.Path("tests/Shared/search-judgements.tsv"))
            .Concat(SearchJudgements.Load(Repository.Path("tests/Shared/search-judgements-late.tsv")))
            .Select(j => j.Query).Distinct().ToList();
        var byQuery = new List<List<SnippetCase>>();
        foreach (var q in queries)
        {
            var response = index.Search(new SearchRequest(q));
            if (response.Ran is not { } ran || response.Built is not { } built) continue;
            var cases = response.Hits.Select(h => ordinals[h.Id])
                .Select(o => new SnippetCase(q, o, units[o].Text, TextAnalysis.Tokens(PortalAnalyzer.Stemming, units[o].Text), ran, built)).ToList();
            if (cases.Count > 0) byQuery.Add(cases);
        }

        var makers = new List<SnippetMaker>
        {
            new("ours (SnippetBuilder + TextMarker)", first => Ours(first, reader, tokens: null)),
            new("Highlighter, QueryScorer, sentence fragmenter", first => Classic(first, reader, scorer => new SentenceFragmenter())),
            new("Highlighter, QueryScorer, SimpleSpanFragmenter(260)", first => Classic(first, reader, scorer => new SimpleSpanFragmenter(scorer, FragmentSize))),
            new("Highlighter, QueryScorer, SimpleSpanFragmenter(260), marks joined as ours", first => Joined(Classic(first, reader, scorer => new SimpleSpanFragmenter(scorer, FragmentSize)))),
            new("FastVectorHighlighter, phrases, sentence boundaries", first => Vector(first, reader)),
        };
        var timeOnly = new SnippetMaker("ours, re-analysing the text each time", first => Ours(first, reader, c => TextAnalysis.Tokens(PortalAnalyzer.Stemming, c.Text)));

        var pairs = byQuery.Sum(q => q.Count);
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}: {byQuery.Count} judged queries with results, {pairs} snippets (first page of each), {units.Count} units");
        Console.WriteLine($"common word: in more than half of the units ({string.Join(", ", queries.SelectMany(q => TextAnalysis.Terms(q)).Distinct().Where(t => Df(t) * 2 > reader.NumDocs).Order())})\n");
        Console.WriteLine($"| highlighter | (a) phrase one mark | (b) phrase or rarest word shown | (c) no common word marked alone | (d) {MinLength}–{MaxLength} characters | (d) starts a sentence | (e) µs per snippet |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var times = Times([.. makers, timeOnly], byQuery);
        foreach (var (maker, time) in makers.Zip(times))
        {
            var score = new Score();
            foreach (var cases in byQuery)
            {
                var make = maker.ForQuery(cases[0]);
                foreach (var c in cases) score.Add(c, make(c), Df, reader.NumDocs);
            }
            Console.WriteLine($"| {maker.Name} | {score.A} | {score.B} | {score.C} | {score.Length} | {score.Starts} | {time:0} |");
            if (Environment.GetEnvironmentVariable("SNIPPET_FAILS") is { } which && maker.Name.StartsWith(which, StringComparison.Ordinal))
                foreach (var f in score.Failures.Take(40)) Console.WriteLine($"    {f}");
        }
        Console.WriteLine($"| {timeOnly.Name} | = | = | = | = | = | {times[^1]:0} |");
    }

    /// <summary>
    /// Microseconds per snippet for each maker, each query's setup included: every maker warmed up for five rounds
    /// (so tiered compilation has settled), then twenty rounds taken in turn, and each maker's fastest round kept,
    /// because the machine is shared and a slower round measures the neighbours, not the code.
    /// </summary>
    private static double[] Times(IReadOnlyList<SnippetMaker> makers, List<List<SnippetCase>> byQuery)
    {
        void Round(SnippetMaker maker) { foreach (var cases in byQuery) { var make = maker.ForQuery(cases[0]); foreach (var c in cases) make(c); } }
        for (var i = 0; i < 5; i++) foreach (var m in makers) Round(m);
        var fastest = makers.Select(_ => double.MaxValue).ToArray();
        for (var i = 0; i < 20; i++)
        {
            for (var m = 0; m < makers.Count; m++)
            {
                var sw = Stopwatch.StartNew();
                Round(makers[m]);
                fastest[m] = Math.Min(fastest[m], sw.Elapsed.TotalMicroseconds);
            }
        }
        var count = byQuery.Sum(q => q.Count);
        return fastest.Select(t => t / count).ToArray();
    }

    /// <summary>
    /// Our snippet as the site makes it: the query's rarities once, then per hit the tokens the site keeps (or, to
    /// time the first showing of a unit, the text analysed afresh).
    /// </summary>
    private static Func<SnippetCase, Snippet?> Ours(SnippetCase first, IndexReader reader, Func<SnippetCase, IReadOnlyList<AnalyzedToken>>? tokens)
    {
        var rarity = TermRarity.Of(reader, first.Built.MarkTerms);
        return c => Ours(c, tokens is null ? c.Tokens : tokens(c), rarity);
    }

    private static Snippet Ours(SnippetCase c, IReadOnlyList<AnalyzedToken> tokens, TermRarity rarity)
    {
        var (runs, offset, _) = SnippetBuilder.ForHit(c.Text, tokens, c.Built.MarkTerms, c.Built.MarkPhrases, rarity);
        var marks = new List<(int, int)>();
        var at = offset;
        for (var i = 0; i < runs.Count; i++)
        {
            // The ellipses SnippetBuilder adds are not the text's.
            if ((i == 0 && offset > 0 && runs[i] is { Text: "… ", Marked: false }) || (i == runs.Count - 1 && i > 0 && runs[i] is { Text: " …", Marked: false })) continue;
            if (runs[i].Marked) marks.Add((at, at + runs[i].Text.Length));
            at += runs[i].Text.Length;
        }
        return new Snippet(offset, at, marks);
    }

    private static Func<SnippetCase, Snippet?> Classic(SnippetCase first, IndexReader reader, Func<QueryScorer, IFragmenter> fragmenter)
    {
        // One scorer per query, reused for every hit, as Lucene's documentation advises; the field limits it to the text.
        var scorer = new QueryScorer(first.Ran, reader, SearchFields.Text);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open, Close), scorer) { TextFragmenter = fragmenter(scorer) };
        return c =>
        {
            using var stream = IndexBuilder.Analyzer.GetTokenStream(SearchFields.Text, c.Text);
            return Located(c.Text, highlighter.GetBestFragment(stream, c.Text));
        };
    }

    private static Func<SnippetCase, Snippet?> Vector(SnippetCase first, IndexReader reader)
    {
        // Phrase-aware and limited to the text field; fragments scored by weight and widened to sentence ends.
        var highlighter = new FastVectorHighlighter(phraseHighlight: true, fieldMatch: true);
        var fieldQuery = highlighter.GetFieldQuery(first.Ran, reader);
        var fragments = new ScoreOrderFragmentsBuilder([Open], [Close], new SimpleBoundaryScanner(maxScan: 120, boundaryChars: ['.', '!', '?']));
        var list = new SimpleFragListBuilder();
        return c => Located(c.Text, highlighter.GetBestFragment(fieldQuery, reader, c.Doc, SearchFields.Text, FragmentSize, list, fragments, [Open], [Close], new DefaultEncoder()));
    }

    /// <summary>Lucene's marks with those that only white space separates joined, as TextMarker joins ours.</summary>
    private static Func<SnippetCase, Snippet?> Joined(Func<SnippetCase, Snippet?> make) =>
        c => make(c) is { } s ? s with { Marks = TextMarker.Merge(c.Text, s.Marks) } : null;

    /// <summary>
    /// Where a tagged fragment sits in the text, and the ranges its tags mark. When Lucene finds nothing to mark in
    /// the text (a unit found by its headings or record) it returns no fragment; a site would then show the unit's
    /// opening, so that is what it is given here: the first sentence, as our builder cuts it.
    /// </summary>
    private static Snippet? Located(string text, string? tagged)
    {
        if (string.IsNullOrEmpty(tagged))
        {
            var (runs, offset) = SnippetBuilder.Build(text, []);
            return new Snippet(offset, offset + runs.Where(r => r.Text is not (" …" or "… ")).Sum(r => r.Text.Length), []);
        }
        tagged = tagged.Trim();
        var plain = tagged.Replace(Open, "").Replace(Close, "");
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        if (start < 0) return null;
        var marks = new List<(int, int)>();
        int at = start, open = -1;
        foreach (var ch in tagged)
        {
            if (ch == Open[0]) open = at;
            else if (ch == Close[0]) marks.Add((open, at));
            else at++;
        }
        return new Snippet(start, start + plain.Length, marks);
    }

    /// <summary>Starts a fragment at every sentence of the text (SentenceSplitter's, as our snippets use).</summary>
    private sealed class SentenceFragmenter : IFragmenter
    {
        private Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute? offset;
        private int[] sentenceStarts = [];
        private int next;

        public void Start(string originalText, Lucene.Net.Analysis.TokenStream tokenStream)
        {
            offset = tokenStream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            sentenceStarts = SnippetBuilder.SentenceOffsets(originalText).Select(s => s.Start).ToArray();
            next = 1;
        }

        public bool IsNewFragment()
        {
            // A new fragment at the first token at or after the next sentence's start.
            var isNew = false;
            while (next < sentenceStarts.Length && offset!.StartOffset >= sentenceStarts[next]) { next++; isNew = true; }
            return isNew;
        }
    }

    /// <summary>The criteria, counted over (query, hit) pairs; each criterion over the pairs it applies to.</summary>
    private sealed class Score
    {
        private int aPass, aAll, bPass, bAll, cPass, cAll, lengthPass, startPass, all;
        public List<string> Failures { get; } = [];

        public string A => Percent(aPass, aAll);
        public string B => Percent(bPass, bAll);
        public string C => Percent(cPass, cAll);
        public string Length => Percent(lengthPass, all);
        public string Starts => Percent(startPass, all);

        private static string Percent(int pass, int of) => of == 0 ? "–" : $"{100.0 * pass / of:0}% ({pass}/{of})";

        public void Add(SnippetCase c, Snippet? s, Func<string, int> df, int unitCount)
        {
            all++;
            var shown = s is null ? [] : c.Tokens.Where(t => t.Start >= s.Start && t.End <= s.End).ToList();
            var phrases = Occurrences(c.Tokens, c.Built.MarkPhrases);
            var shownPhrases = s is null ? [] : phrases.Where(p => p.Start >= s.Start && p.End <= s.End).ToList();
            bool Marked((int Start, int End) r) => s!.Marks.Any(m => m.Start <= r.Start && m.End >= r.End);

            // (a) The unit holds a searched phrase: the snippet shows it, each shown occurrence inside one mark.
            if (phrases.Count > 0)
            {
                aAll++;
                if (shownPhrases.Count > 0 && shownPhrases.All(Marked)) aPass++; else Failures.Add($"(a) {c.Query} → {Show(c.Text, s)}");
            }
            // (b) The unit's text matched: the snippet shows the phrase, or else the rarest matched word.
            var matched = c.Tokens.Select(t => t.Term).Where(c.Built.MarkTerms.Contains).Distinct().ToList();
            if (matched.Count > 0)
            {
                bAll++;
                var rarest = matched.Min(df);
                var ok = phrases.Count > 0 ? shownPhrases.Count > 0 : shown.Any(t => c.Built.MarkTerms.Contains(t.Term) && df(t.Term) == rarest);
                if (ok) bPass++; else Failures.Add($"(b) {c.Query} (rarest: {string.Join(", ", matched.Where(t => df(t) == rarest))}{(phrases.Count > 0 ? ", a phrase" : "")}) → {Show(c.Text, s)}");
            }
            // (c) A common word (in more than half the units) searched with rarer ones: never marked apart from a
            // shown phrase or a mark that also holds a rarer matched word.
            var common = matched.Where(t => df(t) * 2 > unitCount).ToHashSet();
            if (common.Count > 0 && matched.Count > common.Count)
            {
                cAll++;
                var bad = s is not null && s.Marks.Any(m =>
                {
                    var inside = c.Tokens.Where(t => t.Start >= m.Start && t.End <= m.End).ToList();
                    return inside.Any(t => common.Contains(t.Term)) && !inside.Any(t => matched.Contains(t.Term) && !common.Contains(t.Term))
                        && !phrases.Any(p => p.Start <= m.Start && p.End >= m.End);
                });
                if (!bad) cPass++; else Failures.Add($"(c) {c.Query} → {Show(c.Text, s)}");
            }
            // (d) Length, and a start at a sentence (or at a word, inside a sentence too long to show whole).
            if (s is null) return;
            if (s.End - s.Start <= MaxLength && s.End - s.Start >= Math.Min(MinLength, c.Text.Length)) lengthPass++;
            else Failures.Add($"(d) {s.End - s.Start} characters: {c.Query} → {Show(c.Text, s)}");
            var start = s.Start;
            while (start < s.End && char.IsWhiteSpace(c.Text[start])) start++;
            var sentences = SnippetBuilder.SentenceOffsets(c.Text);
            var within = sentences.LastOrDefault(x => x.Start <= start);
            if (within.Start == start || (within.End - within.Start > MaxLength && (start == 0 || char.IsWhiteSpace(c.Text[start - 1]))))
                startPass++;
            else Failures.Add($"(d) {c.Query} → {Show(c.Text, s)}");
        }

        private static string Show(string text, Snippet? s)
        {
            if (s is null) return "(none)";
            var sb = new System.Text.StringBuilder();
            var at = s.Start;
            foreach (var (ms, me) in s.Marks) { sb.Append(text[at..ms]).Append('[').Append(text[ms..me]).Append(']'); at = me; }
            sb.Append(text[at..s.End]);
            return sb.ToString().Replace('\n', ' ');
        }

        /// <summary>Each occurrence of a searched phrase (two words or more), from its first word to its last.</summary>
        private static List<(int Start, int End)> Occurrences(IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<string[]> phrases)
        {
            var found = new List<(int, int)>();
            var byPosition = tokens.GroupBy(t => t.Position).ToDictionary(g => g.Key, g => g.First());
            foreach (var phrase in phrases.Where(p => p.Count(t => t.Length > 0) > 1))
            {
                var first = Array.FindIndex(phrase, t => t.Length > 0);
                var last = Array.FindLastIndex(phrase, t => t.Length > 0);
                foreach (var t in tokens.Where(t => t.Term == phrase[first]))
                {
                    var ok = true;
                    for (var j = first + 1; j <= last && ok; j++)
                        ok = phrase[j].Length == 0 || (byPosition.TryGetValue(t.Position + j - first, out var u) && u.Term == phrase[j]);
                    if (ok) found.Add((t.Start, byPosition[t.Position + last - first].End));
                }
            }
            return found;
        }
    }
}
