namespace GsiPortal.Core.Text;

/// <summary>
/// Function words that carry no subject, in one list for the whole site: the search analyzer drops them, a shared
/// run of words must hold more than these, and a key term may neither start nor end on one. It is Lucene's
/// English list with the auxiliaries and determiners these texts lean on ("should", "must", "all", "our").
/// </summary>
public static class StopWords
{
    public static IReadOnlySet<string> Set { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into", "is", "it", "its", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "we", "were", "which", "will",
        "with", "all", "also", "both", "can", "should", "must", "more", "our", "other", "so", "than", "who", "would", "been", "being", "between", "over",
    };

    public static bool Contains(string word) => Set.Contains(word);
}
