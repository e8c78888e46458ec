namespace GsiPortal.Core.Quotes;

/// <summary>
/// A search query that is one sentence of the texts pasted with a few words changed: the sentence, and what was
/// changed (review 22, D7: "…non-interference in external affairs" found priority 5, sentence 3 first, and nothing said
/// that the paper has "internal"). Made only where the quote check finds the query close to one place, within one
/// sentence, with at most <see cref="MaxChangedWords"/> words changed; a query resembling a sentence less is a search,
/// and the page says nothing of quotation.
/// </summary>
public sealed record PastedSentence(QuoteMatch Match, IReadOnlyList<QuoteDifference> Changes)
{
    /// <summary>Fewer words than this are a search, however close they come to a sentence (review 22 asked "about 12 words or more").</summary>
    public const int MinWords = 12;

    /// <summary>More words changed than this, and the query is no longer a copy of the sentence to point at.</summary>
    public const int MaxChangedWords = 3;

    /// <summary>The share of the query's words that must stand in the sentence, in order.</summary>
    public const double MinCoverage = 0.85;

    /// <summary>
    /// Below this share of its content words in any one paragraph nothing is aligned: a query with at most three words
    /// changed and <see cref="MinCoverage"/> of its words in one sentence holds more (the quote audit's bound alike).
    /// </summary>
    public const double MinResemblance = 0.5;

    /// <summary>
    /// The paragraphs aligned with the query, those sharing most of its words: a sentence copied but for three words
    /// shares more of them than any other paragraph but one quoting it.
    /// </summary>
    public const int Candidates = 3;

    /// <summary>How many words differ, each change counted by its longer side ("cost" for "expense" is one).</summary>
    public int ChangedWords => Match.ChangedWords;

    /// <summary>
    /// The sentence the query nearly copies, or null: fewer than <see cref="MinWords"/> words, longer than a shareable
    /// quote check, word for word (the search finds it already, and nothing is changed), close to no place or to words
    /// of two sentences, or too changed. <paramref name="cancellation"/> stops the check as the quote check's.
    /// <paramref name="wordForWordToo"/>: a sentence copied word for word is named too, with no change (<see cref="Changes"/>
    /// empty): for a query over the search's limits, which is refused and not searched, so that nothing finds the
    /// sentence unless this names it (priority 5's sentence 3, 49 words, is 30 words and phrases where 24 are searched).
    /// </summary>
    public static PastedSentence? Of(QuoteChecker checker, string? query, CancellationToken cancellation = default, bool wordForWordToo = false)
    {
        var text = (query ?? "").Trim();
        if (text.Length == 0 || text.Length > QuoteChecker.MaxShareableLength || text.Contains('\uFFFD', StringComparison.Ordinal)) return null;
        var quote = new QuotedText(text);
        if (quote.Words.Count < MinWords) return null;
        cancellation.ThrowIfCancellationRequested();
        // The closest places alone, as the quote check ranks them: its joins, titles and paraphrases cannot make a near
        // copy of one sentence, and cost a long question several milliseconds (docs/performance.md).
        if (checker.Closest(quote, MinResemblance, Candidates, exactToo: wordForWordToo) is not [var best, ..]) return null;
        var changes = best.Differences.Where(d => !d.IsDeclared).ToList();
        if ((changes.Count == 0 && !(wordForWordToo && best.IsExact)) || best.Coverage < MinCoverage || best.ChangedWords > MaxChangedWords) return null;
        if (best.Passage.SentenceRange is { } range ? range.First != range.Last : best.Paragraph.Sentences.Count != 1) return null;
        return new PastedSentence(best, changes);
    }

    /// <summary>Word for word, nothing changed: named only where asked (<c>wordForWordToo</c>), for a query over the search's limits.</summary>
    public bool WordForWord => Changes.Count == 0;

    /// <summary>What the sentence stands in, as the note names it: "the paper", "the commentary".</summary>
    public string Source => Match.Paragraph.Document.Kind == Content.DocumentKind.Paper ? "the paper" : "the commentary";

    /// <summary>Each change in words: "“external” where the paper has “internal”", "“again” added", "“fully” left out".</summary>
    public IEnumerable<string> Described => Changes.Select(d => d.Kind switch
    {
        DifferenceKind.Added => $"“{d.Quoted}” added",
        DifferenceKind.Omitted => $"“{d.Source}” left out",
        DifferenceKind.Transposed => $"“{d.Quoted}” for “{d.Source}”, the words in another order",
        _ => $"“{d.Quoted}” where {Source} has “{d.Source}”",
    });
}
