using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// The term and phrase queries a clause's query is made of, through its alternatives (Boolean and disjunction-max
/// queries), in order: what a search looked for, read back by those that must say which words a result holds
/// (<see cref="ResultNotes"/>) and which of a query's words a sentence holds (<see cref="ClauseTerms"/>). Each reader
/// keeps the fields and phrase kinds it needs.
/// </summary>
internal static class QueryLeaves
{
    public static IEnumerable<Query> Of(Query query)
    {
        switch (query)
        {
            case BooleanQuery any:
                foreach (var clause in any.Clauses)
                    foreach (var leaf in Of(clause.Query)) yield return leaf;
                break;
            case DisjunctionMaxQuery either:
                foreach (var disjunct in either.Disjuncts)
                    foreach (var leaf in Of(disjunct)) yield return leaf;
                break;
            case TermQuery or PhraseQuery:
                yield return query;
                break;
        }
    }
}
