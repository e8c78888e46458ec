namespace GsiPortal.Core.Search;

/// <summary>
/// What of a query the search read otherwise than as typed, said in the page's words: a wildcard with too few letters
/// ("s*" said "No passage mentions" where the reason was the wildcard) or none ("*"), one beginning more words than a
/// wildcard searches, a * before a word's letters ("*curity"), and Lucene's one-letter wildcard "?", "~2" and "^10",
/// which this search does not have.
/// </summary>
internal static class QueryNotes
{
    /// <summary>Whether the query may need a note at all: most hold none of these characters, and are not parsed again.</summary>
    public static bool MayHave(string text) => text.AsSpan().IndexOfAny('*', '~', '^') >= 0 || ReaderQuery.HasInnerQuestionMark(text);

    /// <param name="query">The query as read.</param>
    /// <param name="prefix">What a wildcard's letters stand for in the index (kept by the letters).</param>
    public static List<string> Of(ReaderQuery query, Func<string, PrefixTerms> prefix)
    {
        var notes = new List<string>();
        foreach (var typed in query.ShortWildcards.Distinct(StringComparer.Ordinal))
            if (typed.AsSpan().IndexOfAnyExcept('*') < 0)
                notes.Add($"“{typed}” alone was not searched: a * stands for the end of a word after at least {SearchLimits.MinWildcardPrefix} of its letters, "
                    + "as in “secur*” (security, secure, securing); alone it would stand for every word of the texts.");
            else
                notes.Add($"“{typed}” was not searched: a wildcard needs at least {SearchLimits.MinWildcardPrefix} letters before its *, "
                + $"or it would stand for a good share of the texts' words. Type more of the word before the *, as in “secur*”.");
        foreach (var typed in query.MisplacedWildcards.Distinct(StringComparer.Ordinal))
            notes.Add($"“{typed}” was not searched: a * can only end a word, after at least {SearchLimits.MinWildcardPrefix} of its letters, as in “secur*” "
                + "(security, secure, securing); this search cannot look for a word by its ending or its middle. Type the word's beginning before the *.");
        foreach (var clause in query.Groups.SelectMany(g => g).Where(c => c.Kind == QueryClauseKind.Prefix).DistinctBy(c => c.Text.ToLowerInvariant()))
            if (prefix(clause.Text) is { Cut: true } terms)
                notes.Add($"“{clause.Text}*” begins {terms.Words:N0} different words of the texts: the {terms.Searched} most frequent were searched. "
                    + "Type more letters to search the others.");
        foreach (var typed in query.QuestionMarks.Distinct(StringComparer.Ordinal))
        {
            var before = typed[..typed.IndexOf('?')];
            var instead = before.Length >= SearchLimits.MinWildcardPrefix && before.All(char.IsLetter) ? $", as in “{before}*”" : "";
            notes.Add($"“{typed}”: ? is not a wildcard in this search, so the word was searched without it, as “{typed.Replace("?", "", StringComparison.Ordinal)}”. "
                + $"To find the words that begin with some letters, end them with *{instead}.");
        }
        if (query.Ignored.Count > 0)
        {
            var marks = string.Join(", ", query.Ignored.Distinct(StringComparer.Ordinal).Select(m => $"“{m}”"));
            notes.Add($"{marks} {(query.Ignored.Distinct().Count() == 1 ? "was" : "were")} left out: this search has no fuzzy or proximity (~) "
                + "and no weight (^) operators, so the words were searched as written without them.");
        }
        return notes;
    }
}
