using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// What <see cref="QueryBuilder"/> makes of one typed word, kept by the word for the index's lifetime (bounded): its
/// expansion if it has one of its own, else its clause, the terms it marks, the spelling or relatives it names, the
/// terms it adds to the phrase boosts and its exact-form boosts. Each part was already decided once per word in a
/// cache of its own; a word read through them all cost a dozen look-ups, keys and lists per word per search, a tenth
/// of a distinct search's time in the profile (docs/performance.md, the eighth turn). Only a word that starts no
/// expansion of several words is kept: what it makes then depends on the word alone, never on its neighbours.
/// Shared by every query holding the word: read it, never change it.
/// </summary>
internal sealed class WordClause
{
    /// <summary>The word's analysed term: a kept plan is used only for a clause that analyses to it.</summary>
    public required string Term { get; init; }

    /// <summary>The word's own expansion (an abbreviation, derived forms, a paraphrase), or null: then the rest applies.</summary>
    public QueryExpansions.Expansion? Expansion { get; init; }

    public BuiltClause? Built { get; init; }

    /// <summary>The terms added to the query's marks, in the order the builder adds them.</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];

    /// <summary>A spelling or WordNet relatives the page names.</summary>
    public ExpansionUsed? Used { get; init; }

    /// <summary>The terms it adds to the phrase boosts (the reader's words side by side).</summary>
    public IReadOnlyList<string> PlainWords { get; init; } = [];

    /// <summary>1 when the clause is the word itself, matched wherever the text holds it.</summary>
    public int OwnWords { get; init; }

    /// <summary>The word as typed outranking the other words of its stem.</summary>
    public IReadOnlyList<Query> ExactForms { get; init; } = [];
}
