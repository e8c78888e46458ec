using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>A Lucene query for a reader's query, and the analysed terms to mark in snippets and pages.</summary>
public sealed record BuiltQuery(Query Query, IReadOnlySet<string> MarkTerms);

/// <summary>
/// Turns a <see cref="ReaderQuery"/> into a Lucene query. Every clause searches the text and, weighted higher, the
/// title; an abbreviation also finds its long form and the reverse; an exact phrase of the reader's words adds to
/// the score, so a phrase ranks above the same words scattered.
/// </summary>
public sealed class QueryBuilder(Abbreviations abbreviations)
{
    private const float TitleBoost = 2f;
    private const float PhraseBoost = 3f;
    private const float NearBoost = 1f;
    private const int NearSlop = 4;

    /// <summary>Long forms analysed once, longest first, so that the longest typed run wins.</summary>
    private readonly List<(string[] Terms, string[] Plain, string[] Abbreviation)> longForms = abbreviations.LongForms
        .Select(kv => (Terms: TextAnalysis.PhraseTerms(kv.Value), Abbreviation: kv.Key))
        .Select(l => (l.Terms, l.Terms.Where(t => t.Length > 0).ToArray(), TextAnalysis.PhraseTerms(l.Abbreviation)))
        .OrderByDescending(l => l.Item2.Length).ToList();

    /// <summary>Each abbreviation's long form, analysed once; looked up as typed, in any case.</summary>
    private readonly Dictionary<string, string[]> longFormTerms = abbreviations.LongForms
        .ToDictionary(kv => kv.Key, kv => TextAnalysis.PhraseTerms(kv.Value), StringComparer.OrdinalIgnoreCase);

    public BuiltQuery Build(ReaderQuery query, IndexReader reader)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        var groups = query.Groups.Select(g => BuildGroup(g, reader, marks)).ToList();
        if (groups.Count == 1) return new BuiltQuery(groups[0], marks);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var g in groups) any.Add(g, Occur.SHOULD);
        return new BuiltQuery(any, marks);
    }

    private BooleanQuery BuildGroup(IReadOnlyList<QueryClause> clauses, IndexReader reader, HashSet<string> marks)
    {
        var group = new BooleanQuery(disableCoord: true);
        var plainWords = new List<string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Occur == ClauseOccur.MustNot)
            {
                group.Add(Fields(ClauseTerms(clause, reader), marks: null), Occur.MUST_NOT);
                continue;
            }
            if (clause.Kind == QueryClauseKind.Word && MatchLongForm(clauses, i) is { } match)
            {
                // "African Union" typed as words: one clause that also finds "AU".
                var alternatives = new[] { match.Terms, match.Abbreviation };
                group.Add(Fields(alternatives, marks), Occur.MUST);
                plainWords.AddRange(match.Terms.Where(t => t.Length > 0));
                i += match.Length - 1;
                continue;
            }
            var terms = ClauseTerms(clause, reader);
            if (clause.Kind == QueryClauseKind.Word && longFormTerms.TryGetValue(clause.Text, out var longForm))
                terms = [.. terms, longForm];
            if (terms.Count == 0) { group.Add(new TermQuery(new Term(SearchFields.Text, "\u0000none")), Occur.MUST); continue; }
            group.Add(Fields(terms, marks), Occur.MUST);
            if (clause.Kind == QueryClauseKind.Word) plainWords.AddRange(terms[0].Where(t => t.Length > 0));
        }
        if (plainWords.Count >= 2)
        {
            // The reader's words side by side, exactly or nearly, outrank the same words scattered.
            group.Add(Phrase(SearchFields.Text, plainWords, 0, PhraseBoost), Occur.SHOULD);
            group.Add(Phrase(SearchFields.Title, plainWords, 0, PhraseBoost), Occur.SHOULD);
            group.Add(Phrase(SearchFields.Text, plainWords, NearSlop, NearBoost), Occur.SHOULD);
        }
        return group;
    }

    /// <summary>The term sequences a clause stands for: one for a word or phrase, one per expansion for a prefix.</summary>
    private static List<string[]> ClauseTerms(QueryClause clause, IndexReader reader)
    {
        if (clause.Kind != QueryClauseKind.Prefix) return [clause.Terms];
        var expansions = PrefixTerms(reader, clause.Text.ToLowerInvariant());
        return expansions.Select(t => new[] { t }).ToList();
    }

    /// <summary>The most frequent index terms that start with a prefix, at most <see cref="SearchLimits.MaxWildcardTerms"/>.</summary>
    internal static List<string> PrefixTerms(IndexReader reader, string prefix)
    {
        var found = new List<(string Term, int Freq)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Text);
        if (terms is null) return [];
        var e = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END) return [];
        do
        {
            var term = e.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add((term, e.DocFreq));
        }
        while (e.MoveNext());
        return found.OrderByDescending(f => f.Freq).Take(SearchLimits.MaxWildcardTerms).Select(f => f.Term).ToList();
    }

    /// <summary>A run of two or more typed words, from <paramref name="start"/>, that spells a defined long form.</summary>
    private (string[] Terms, string[] Abbreviation, int Length)? MatchLongForm(IReadOnlyList<QueryClause> clauses, int start)
    {
        var typed = new List<string>();
        var ends = new List<int>();
        for (var j = start; j < clauses.Count && clauses[j] is { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must }; j++)
        {
            typed.AddRange(clauses[j].PlainTerms);
            ends.Add(typed.Count);
        }
        foreach (var (terms, plain, abbreviation) in longForms)
        {
            var length = ends.IndexOf(plain.Length) + 1;
            if (length >= 2 && typed.Take(plain.Length).SequenceEqual(plain)) return (terms, abbreviation, length);
        }
        return null;
    }

    /// <summary>Any of the alternatives, each in the text or (weighted) the title.</summary>
    private static Query Fields(IReadOnlyList<string[]> alternatives, HashSet<string>? marks)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var terms in alternatives.Where(t => t.Length > 0))
        {
            if (marks is not null) marks.UnionWith(terms.Where(t => t.Length > 0));
            any.Add(Phrase(SearchFields.Text, terms, 0, 1f), Occur.SHOULD);
            any.Add(Phrase(SearchFields.Title, terms, 0, TitleBoost), Occur.SHOULD);
        }
        return any;
    }

    private static Query Phrase(string field, IReadOnlyList<string> terms, int slop, float boost)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        for (var position = 0; position < terms.Count; position++)
            if (terms[position].Length > 0) phrase.Add(new Term(field, terms[position]), position);
        return phrase;
    }
}
