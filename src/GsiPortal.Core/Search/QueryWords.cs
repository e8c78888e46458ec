namespace GsiPortal.Core.Search;

/// <summary>
/// Words of a question or a request that name no subject ("how does China want disputes … handled"): dropped when
/// the strict query finds nothing. The analyzer's stop words are already gone; these are the question words,
/// auxiliaries and reporting verbs readers wrap a subject in, and the names of the texts themselves.
/// </summary>
public static class QueryWords
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "how", "what", "why", "when", "where", "whom", "whose", "does", "do", "did", "doing", "done", "say", "says",
        "said", "tell", "tells", "think", "thinks", "want", "wants", "wanted", "about", "regarding", "concerning",
        "according", "mention", "mentions", "mentioned", "any", "some", "much", "many", "way", "ways", "i", "me",
        "you", "your", "paper", "document", "text", "texts", "commentary", "commentaries", "author", "authors",
        "us", "him", "her", "them", "view", "views", "position", "stance", "approach", "propose", "proposes", "proposed", "mean", "means",
        "give", "gives", "get", "find", "show", "shows", "where's", "what's", "there", "anything", "something",
        // Modal verbs wrap a question ("could Taiwan lead to a war", "should big countries…") and name no subject.
        "could", "would", "should", "might", "shall", "can",
        // Pronouns name no subject either, and WordNet, whose counts make the lists of everyday English, has none of
        // them: so a pronoun the texts never write weighed as a rare word and emptied the result ("keeping the
        // internet safe for everyone" found nothing; without "everyone", priority 13). The negative ones ("nobody",
        // "nothing", "none") are left out: they turn a question round.
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "everything", "whatever", "whoever",
        "he", "she", "his", "hers", "my", "mine", "ours", "yours", "theirs", "myself", "yourself", "yourselves",
        "himself", "herself", "itself", "ourselves", "themselves",
        // Prepositions and conjunctions, for the same reason: WordNet lists none of them, so "after" in "help for
        // countries recovering after a war" weighed as a rare word found in two passages. Not those that turn the
        // meaning ("without", "against", "despite", "unless", "beyond"): "is peace possible without development"
        // asks for the passage that says "without".
        "after", "during", "within", "throughout", "among", "amongst", "across", "toward", "towards", "upon", "onto",
        "via", "until", "till", "whereas", "although", "because", "since", "whether", "behind", "beside", "besides",
        "per", "either",
        // An auxiliary and "not" contracted, as indexed (ApostropheJoinFilter joins "don't" to "dont") and as typed
        // without the apostrophe: each part is a function word ("not" is a stop word), and no text writes the joined
        // form, so it weighed as the rarest word and emptied the result ("why china dont like sanction" found nothing,
        // "why china like sanction" commitment 5), or was corrected into a name ("dont" into "Dong").
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "shouldnt", "wouldnt",
        "wont", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint",
    };

    public static bool IsFunctionWord(string word) =>
        Function.Contains(word) || Text.StopWords.Contains(word.ToLowerInvariant()) || Joined(word) is { } joined && Function.Contains(joined);

    /// <summary>"don't" as the analyzer indexes it, "dont"; null for a word without an apostrophe.</summary>
    private static string? Joined(string word) =>
        word.AsSpan().IndexOfAny('\'', '’') < 0 ? null : word.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
