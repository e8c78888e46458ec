using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// The Lucene query of a clause — any of its alternatives in the text, (weighted) the headings, or (weighted less) a
/// commentary paragraph's section heading and the record — made once per index for each set of analysed alternatives and kept (bounded): words recur across
/// searches far more than queries do, and each search built the same trees of term and phrase queries again. A kept
/// query is shared by every search that holds the clause: it is never changed (a clause that needs more makes a
/// new query holding its clauses), and it carries the units it matches once they are known (<see cref="ClauseMatches"/>).
/// </summary>
internal sealed class ClauseQueries
{
    internal const float TitleBoost = 2f;
    private const float RecordBoost = 0.5f;
    // As a paragraph's own words, not more: a section heading heads several paragraphs, unlike an item's heading
    // (×2). At ×2, "mediation" ranked Khokhar ¶11–13, which hold it only in their heading, above commitment 5
    // ("mediate"); at ×0.5 it ranked ¶10, whose heading and text both say it, below commitment 5.
    private const float SectionBoost = 1f;
    /// <summary>
    /// An editors' subject term the query names whole, below the unit's own words: a term names what the unit is about
    /// in a reader's words, but the texts' own words are the better evidence where they hold them. Chosen on the tuning
    /// file (docs/search.md, the sixteenth turn): 0.25 and 0.5 gained the same, 0.5 reordered 146 of the dump's answers
    /// against 117, and 1 cost a right first answer of the judged set ("what is the Global Security Initiative").
    /// </summary>
    internal const float SubjectBoost = 0.25f;
    /// <summary>
    /// The share of <see cref="SectionBoost"/> and <see cref="RecordBoost"/> a phrase of several words gets. Neither
    /// field has length norms and each is the same for many paragraphs, so a phrase of common words scores there as a
    /// rare one would: the quoted "Global Security Initiative" ranked eighteen paragraphs that hold it only in their
    /// commentary's title or section heading (Lei Kezhong ¶3–¶14, Chen Xiangyang ¶6–¶11) above the eighteen whose own
    /// words write it, the Concept Paper's Background among them (31st). A name found only there ("Lei Kezhong") still
    /// finds the commentary: nothing else holds it.
    /// </summary>
    internal const float HeadingPhraseShare = 0.25f;
    private const int MostKept = 20_000;

    private readonly BoundedCache<string, KeptClauseQuery> kept = new(MostKept, StringComparer.Ordinal);

    /// <summary>A clause's query with the subject terms a query names whole, kept by the two (bounded), as the clause's own is.</summary>
    private readonly BoundedCache<(Query Clause, string Terms), KeptClauseQuery> withSubjects = new(MostKept);

    /// <summary>
    /// The clause's query, or (weighted below the text) a unit indexed under one of <paramref name="terms"/> (their
    /// keys, <see cref="SubjectTerms.Key"/>): kept and shared as the clause's own query is, so its matches are known once.
    /// </summary>
    public Query WithSubjects(Query clause, IReadOnlyList<string> terms) =>
        withSubjects.Get((clause, terms.Count == 1 ? terms[0] : string.Join('\u0001', terms)), (clause, terms), static (_, state) =>
        {
            var query = new KeptClauseQuery();
            if (state.clause is BooleanQuery { Clauses: var clauses } any && any is KeptClauseQuery or { MinimumNumberShouldMatch: 0 } && clauses.All(c => c.Occur == Occur.SHOULD))
                foreach (var c in clauses) query.Add(c.Query, c.Occur);
            else
                query.Add(state.clause, Occur.SHOULD);
            foreach (var term in state.terms)
                query.Add(new KnownTermQuery(new Lucene.Net.Index.Term(SearchFields.SubjectTerms, term)) { Boost = SubjectBoost }, Occur.SHOULD);
            return query;
        });

    /// <summary>
    /// Any of the alternatives (analysed phrases, "" where a stop word stands); each alternative of one word added to
    /// <paramref name="marks"/>, the words marked wherever they stand. An alternative of several words matches only as
    /// a phrase, and is marked only where it stands (the query's phrases): a quoted "indivisible security" marked
    /// "indivisibility", and "CICIR", searched as "China Institutes of Contemporary International Relations", marked
    /// every "China's" (a reader's report).
    /// </summary>
    public Query Fields(IReadOnlyList<string[]> alternatives, HashSet<string>? marks)
    {
        if (marks is not null)
            foreach (var terms in alternatives)
                if (Single(terms) is { } word) marks.Add(word);
        return kept.Get(Key(alternatives), alternatives, static (_, a) => Build(a));
    }

    /// <summary>The one word of an alternative (stop words' gaps aside), or null when it has none or several.</summary>
    private static string? Single(string[] terms)
    {
        string? word = null;
        foreach (var term in terms)
            if (term.Length == 0) continue;
            else if (word is null) word = term;
            else return null;
        return word;
    }

    /// <summary>The alternatives' terms, each ended by \u0001 and each alternative by \u0002: distinct alternatives, distinct keys.</summary>
    private static string Key(IReadOnlyList<string[]> alternatives)
    {
        var length = 0;
        foreach (var terms in alternatives)
        {
            foreach (var term in terms) length += term.Length + 1;
            length++;
        }
        return string.Create(length, alternatives, static (span, alternatives) =>
        {
            var at = 0;
            foreach (var terms in alternatives)
            {
                foreach (var term in terms)
                {
                    term.CopyTo(span[at..]);
                    at += term.Length;
                    span[at++] = '\u0001';
                }
                span[at++] = '\u0002';
            }
        });
    }

    private static KeptClauseQuery Build(IReadOnlyList<string[]> alternatives)
    {
        var any = new KeptClauseQuery();
        foreach (var terms in alternatives)
        {
            if (!terms.Any(t => t.Length > 0)) continue;
            any.Add(Phrase(SearchFields.Text, terms, 0, 1f), Occur.SHOULD);
            any.Add(Phrase(SearchFields.Title, terms, 0, TitleBoost), Occur.SHOULD);
            var heading = Single(terms) is null ? HeadingPhraseShare : 1f;
            any.Add(Phrase(SearchFields.Section, terms, 0, SectionBoost * heading), Occur.SHOULD);
            any.Add(Phrase(SearchFields.Record, terms, 0, RecordBoost * heading), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A kept clause query and more clauses: a new query (the kept one is shared and never changed).</summary>
    public static Query With(Query clause, IEnumerable<Query> more)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var c in ((BooleanQuery)clause).Clauses) query.Add(c.Query, c.Occur);
        foreach (var q in more) query.Add(q, Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// The terms side by side (with the gaps stop words leave), or within <paramref name="slop"/> positions; one term
    /// alone as a term query. <paramref name="kept"/>: a query kept across searches, weighed once and shared (<see cref="SharedWeight"/>).
    /// </summary>
    public static Query Phrase(string field, IReadOnlyList<string> terms, int slop, float boost, bool kept = false)
    {
        var plain = terms.Where(t => t.Length > 0).ToList();
        if (plain.Count == 1) return new KnownTermQuery(new Term(field, plain[0])) { Boost = boost, Kept = kept };
        var phrase = new ExactPhraseQuery { Slop = slop, Boost = boost, Kept = kept };
        var first = terms.ToList().FindIndex(t => t.Length > 0);
        for (var position = first; position < terms.Count; position++)
            if (terms[position].Length > 0) phrase.Add(new Term(field, terms[position]), position - first);
        return phrase;
    }
}

/// <summary>
/// A kept clause's query: a BooleanQuery (equal to one built afresh, so it keys the same caches) that carries the units
/// it matches in its index once they are known, so a search finds them without hashing the query.
/// </summary>
internal sealed class KeptClauseQuery() : BooleanQuery(disableCoord: true), IKeptWeightQuery
{
    /// <summary>The units this query matches in the index of <c>Owner</c>; null until known (or past that index's budget). One reference: read and written whole.</summary>
    public KnownMatches? Known { get; set; }

    private int hash;
    private bool hashed;

    // Never changed once made (ClauseQueries), so its hash is computed once: records holding it are hashed by the
    // relaxations' set operations, and BooleanQuery hashes its whole tree each time.
    public override int GetHashCode()
    {
        if (Volatile.Read(ref hashed)) return hash;
        hash = base.GetHashCode();
        Volatile.Write(ref hashed, true);
        return hash;
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj) || base.Equals(obj);

    /// <summary>The reader for which Lucene's rewrite of this query gave the query itself; null until one did.</summary>
    private IndexReader? rewritesToItself;

    /// <summary>
    /// Lucene rewrites every query of every search before weighing it, walking the whole tree of each clause (its
    /// fields, forms, phrases) to find nothing to change. Never changed once made, a kept clause that rewrote to itself
    /// for a reader does so every time: the walk is made once per reader. One that rewrites to another query (a
    /// wildcard's terms, a boosted single clause) is rewritten each time, as before.
    /// </summary>
    public override Query Rewrite(IndexReader reader)
    {
        if (ReferenceEquals(Volatile.Read(ref rewritesToItself), reader)) return this;
        var rewritten = base.Rewrite(reader);
        if (ReferenceEquals(rewritten, this)) Volatile.Write(ref rewritesToItself, reader);
        return rewritten;
    }

    private SharedWeight? weight;

    /// <summary>Weighed once for the index's searcher and shared by every search holding the clause (<see cref="SharedWeight"/>).</summary>
    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher is KnownTermsSearcher known ? SharedWeight.For(this, known, ref weight) : base.CreateWeight(searcher);

    Weight IKeptWeightQuery.CreateOwnWeight(IndexSearcher searcher) => base.CreateWeight(searcher);

    /// <summary>Once its matches are known, and it has some.</summary>
    bool IKeptWeightQuery.WorthKeeping(KnownTermsSearcher searcher) => Known is { Matches.Cardinality: > 0 };
}

/// <summary>A clause's matches in one index.</summary>
internal sealed record KnownMatches(ClauseMatches Owner, FixedBitSet Matches);
