namespace GsiPortal.Core.Search;

/// <summary>
/// Words of the texts that WordNet relates to a word the texts lack — its commonest senses' synonyms and its derived
/// forms ("banning" → "prohibition", "arctic" → "polar", "splitting" → "divide", "division"). Generated from Debian's
/// wordnet-base by bench/search/wordnet-related.py into wordnet-related.tsv, embedded in this assembly and read once
/// per process: nothing reads a file on a request.
/// </summary>
public static class WordNetRelated
{
    private static readonly Lazy<Dictionary<string, string[]>> ByLemma = new(Load);

    /// <summary>
    /// The related words (as the texts write them) of a typed word, looked up as written and then by its base forms
    /// (<see cref="WordNetForms"/>: "meddling" → "meddle", "sent" → "send"); not by stem, which joins words of other meanings
    /// ("population" and "populate", whose synonym is "live"). Empty when WordNet relates nothing the texts hold.
    /// </summary>
    public static IReadOnlyList<string> Of(string typed)
    {
        foreach (var form in WordNetForms.Bases(typed))
            if (ByLemma.Value.TryGetValue(form, out var forms)) return forms;
        return [];
    }

    private static Dictionary<string, string[]> Load()
    {
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var stream = typeof(WordNetRelated).Assembly.GetManifestResourceStream("GsiPortal.Core.Search.wordnet-related.tsv");
        if (stream is null) return found;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#') && line.Split('\t') is [var lemma, var related])
                found[lemma] = related.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return found;
    }
}
