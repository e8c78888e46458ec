using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>One required part of a reader's query: a word (with what it expands to), a phrase or a prefix.</summary>
/// <param name="Query">Matches a unit that holds the clause in its text, headings or record.</param>
/// <param name="Text">The clause as typed, to name it when a relaxed search leaves it out.</param>
/// <param name="IsFunctionWord">A question or function word ("how", "does"): the first to go when nothing matches.</param>
/// <param name="Typed">The clause as a query of its own where that differs from <paramref name="Text"/>: "a phrase" in quotes, secur*.</param>
/// <param name="ByRelatives">A word the texts never write, searched by its WordNet relatives alone ("violence" by "force").</param>
public sealed record BuiltClause(Query Query, string Text, bool IsFunctionWord, string? Typed = null, bool ByRelatives = false)
{
    /// <summary>The query that searches this clause alone.</summary>
    public string Alone => Typed ?? Text;

    /// <summary>The clause's query without the editors' subject terms (<see cref="Query"/> where it has none).</summary>
    public Query Unindexed { get => unindexed ?? Query; init => unindexed = value; }
    private readonly Query? unindexed;
}

/// <summary>An expansion a query used: the typed words and each form it also searched, with the query that finds that form alone.</summary>
public sealed record ExpansionUsed(string Typed, IReadOnlyList<(string Text, Query Query)> Forms, Query? Own = null);
