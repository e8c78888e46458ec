namespace GsiPortal.Core.Search;

/// <summary>Which of the texts a query names as where to look: none, the paper, or the commentaries.</summary>
public enum TextsNamed { None, Paper, Commentaries }

/// <summary>
/// The texts a query names as where to look, not as what to look for: "what does the paper say about the UN", "the
/// concept paper on climate change", "what do the commentaries say about sanctions". The naming words are no words of
/// the subject — as a subject they were searched ("paper" required by the strict query found the commentary paragraphs
/// that write "Concept Paper", and relaxed it was only a function word, so Lei Kezhong ¶10 could open "what does the
/// paper say about the UN") — so they are taken out of the query, and the texts named come first: every result from
/// them before any other (<see cref="SegmentFacets.Names"/>), each side in its own order. It is a preference, not a
/// filter: "what does the paper say about Taiwan" still lists Dong Chunling ¶15, since the paper never names Taiwan.
/// </summary>
/// <remarks>
/// Only a query of one group of required plain words (no OR, no phrase holding the word), with a word of the subject
/// left beside the naming ones: "how long is the concept paper" asks about the paper itself, and is left as typed. A
/// query naming both the paper and the commentaries names neither side first. A kind or document filter already says
/// where to look, and wins.
/// </remarks>
internal static class NamedTexts
{
    private static readonly HashSet<string> PaperWords = new(StringComparer.OrdinalIgnoreCase) { "paper", "paper's" };
    private static readonly HashSet<string> CommentaryWords = new(StringComparer.OrdinalIgnoreCase)
        { "commentary", "commentaries", "commentary's", "commentaries'", "commentator", "commentators", "commentator's", "commentators'" };

    /// <summary>"concept paper": the word before "paper" that is part of the paper's name, taken out with it.</summary>
    private static readonly HashSet<string> PaperNamePart = new(StringComparer.OrdinalIgnoreCase) { "concept" };

    /// <summary>A word naming either side: most queries have none, and are passed over without a copy made.</summary>
    private static bool AnyNames(IReadOnlyList<QueryClause> clauses)
    {
        for (var i = 0; i < clauses.Count; i++)
            if (clauses[i].Kind == QueryClauseKind.Word && (PaperWords.Contains(clauses[i].Text) || CommentaryWords.Contains(clauses[i].Text))) return true;
        return false;
    }

    /// <param name="query">The reader's query as parsed.</param>
    /// <param name="isSubject">Whether a word left names a subject (no function word, no word of general English).</param>
    /// <returns>The query without the naming words, and the texts named; the query itself and <see cref="TextsNamed.None"/> when it names none.</returns>
    public static (ReaderQuery Query, TextsNamed Named) Of(ReaderQuery query, Func<string, bool> isSubject)
    {
        if (query.Groups is not [var clauses] || clauses.Count < 2 || !AnyNames(clauses)) return (query, TextsNamed.None);
        bool paper = false, commentaries = false;
        var kept = new List<QueryClause>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause is { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must })
            {
                if (PaperWords.Contains(clause.Text))
                {
                    paper = true;
                    if (kept.Count > 0 && kept[^1] is { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must } before && PaperNamePart.Contains(before.Text))
                        kept.RemoveAt(kept.Count - 1);
                    continue;
                }
                if (CommentaryWords.Contains(clause.Text))
                {
                    commentaries = true;
                    continue;
                }
            }
            kept.Add(clause);
        }
        if (paper == commentaries) return (query, TextsNamed.None);
        if (!kept.Any(c => c.Occur == ClauseOccur.Must && (c.Kind != QueryClauseKind.Word || isSubject(c.Text)))) return (query, TextsNamed.None);
        return (query with { Groups = [kept] }, paper ? TextsNamed.Paper : TextsNamed.Commentaries);
    }
}
