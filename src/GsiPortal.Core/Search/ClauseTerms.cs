using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// Which of a query's words each searched term stands for: "terrorism" is searched as "terror", "terrorist",
/// "counter-terrorism" (the editors' derivations), and a sentence saying three of these holds one word of the query, not
/// three. A snippet counts the query's words a sentence holds by this (<see cref="TermRarity.Word"/>; review 23, D4).
/// </summary>
internal static class ClauseTerms
{
    /// <summary>Each clause query's text-field terms, kept by the query (a kept clause query is shared by every search holding it).</summary>
    private static readonly ConditionalWeakTable<Query, string[]> Kept = [];

    /// <summary>Each term of the clauses' text alternatives, by the index of the first clause searching it.</summary>
    public static Dictionary<string, int> Of(IReadOnlyList<BuiltClause> clauses)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < clauses.Count; k++)
        {
            if (clauses[k].IsFunctionWord) continue;
            foreach (var term in Kept.GetValue(clauses[k].Query, static q => Terms(q)))
                words.TryAdd(term, k);
        }
        return words;
    }

    private static string[] Terms(Query query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in QueryLeaves.Of(query))
        {
            switch (leaf)
            {
                case TermQuery { Term: var t } when t.Field == SearchFields.Text:
                    terms.Add(t.Text);
                    break;
                case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words && words[0].Field == SearchFields.Text:
                    foreach (var t in words) terms.Add(t.Text);
                    break;
            }
        }
        return [.. terms];
    }
}
