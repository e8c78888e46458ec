namespace GsiPortal.Core.Links;

/// <summary>
/// Function words that carry no subject: a shared run of words must hold more than these, and a key term may
/// neither start nor end on one.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into", "is", "it", "its", "not", "of",
        "on", "or", "such", "that", "the", "their", "there", "these", "they", "this", "to", "was", "we", "were", "which", "will", "with", "all",
        "also", "both", "can", "should", "must", "more", "our", "other", "so", "than", "who", "would", "been", "being", "between", "over",
    };

    public static bool Contains(string word) => Set.Contains(word);
}
