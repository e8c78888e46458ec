namespace GsiPortal.Core.Search;

/// <summary>
/// Words of English the texts never write that lie within the spelling corrector's reach of a word they do ("robot",
/// one edit from "root"): WordNet knows them, so a reader typed them as meant. Generated from Debian's wordnet-base by
/// bench/search/wordnet-words.py into wordnet-words.tsv, embedded in this assembly and read once per process, the first
/// time a word is about to be corrected: nothing reads a file on a request.
/// </summary>
public static class WordNetWords
{
    private static readonly Lazy<HashSet<string>> Known = new(Load);

    /// <summary>
    /// Whether WordNet knows the typed word, as written or by a base form (<see cref="WordNetForms"/>: "robots" →
    /// "robot"). Asked only of a word the texts lack and the corrector would change.
    /// </summary>
    public static bool Knows(string typed)
    {
        foreach (var form in WordNetForms.Bases(typed))
            if (Known.Value.Contains(form)) return true;
        return false;
    }

    private static HashSet<string> Load()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(WordNetWords).Assembly.GetManifestResourceStream("GsiPortal.Core.Search.wordnet-words.tsv");
        if (stream is null) return found;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) found.Add(line);
        return found;
    }
}
