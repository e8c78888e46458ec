using GsiPortal.Core.Search;

namespace GsiPortal.Core.Subjects;

/// <summary>
/// The editors' index entry a result found through one of their readers' questions is shown under. The questions are
/// written as readers type ("sea disputes how to handle china"), for the model to compare a query with, like with like;
/// shown on the page they read like leaked test data (review 21, T1). The subject index's terms are written as an
/// index is ("maritime disputes"), so the page names the unit's term that shares most words with the query and the
/// question, or nothing where none shares one.
/// </summary>
public static class IndexEntry
{
    /// <summary>
    /// The term of <paramref name="subjects"/> (a unit's, in the editors' order) sharing the most analysed words with
    /// <paramref name="query"/>, then with <paramref name="question"/>; of those, the one with fewest other words, then
    /// the editors' first. Null where no term shares a word with either.
    /// </summary>
    public static string? Nearest(IReadOnlyList<string> subjects, string query, string question)
    {
        if (subjects.Count == 0) return null;
        var queryWords = TextAnalysis.Terms(query).ToHashSet(StringComparer.Ordinal);
        var questionWords = TextAnalysis.Terms(question).ToHashSet(StringComparer.Ordinal);
        string? best = null;
        (int Query, int Question, int Other) bestScore = (0, 0, 0);
        foreach (var term in subjects)
        {
            var words = TextAnalysis.Terms(term).Distinct(StringComparer.Ordinal).ToList();
            var inQuery = words.Count(queryWords.Contains);
            var inQuestion = words.Count(questionWords.Contains);
            if (inQuery + inQuestion == 0) continue;
            var other = words.Count(w => !queryWords.Contains(w) && !questionWords.Contains(w));
            if (best is null || inQuery > bestScore.Query || inQuery == bestScore.Query && (inQuestion > bestScore.Question
                || inQuestion == bestScore.Question && other < bestScore.Other))
                (best, bestScore) = (term, (inQuery, inQuestion, other));
        }
        return best;
    }
}
