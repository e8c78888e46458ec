using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// The verdict on a passage: found word for word; a quotation of one place with differences; words joined from two
/// places; or not a quotation of any text (nothing close, or a paraphrase: its words scattered or reworded).
/// </summary>
public enum QuoteVerdict { Exact, Close, NotFound, Joined }

/// <summary>
/// A check's answer: the verdict, the places (every exact one, or the closest few; for words joined from two places,
/// each part's place in the quotation's order), and how much the passage resembles the nearest paragraph at all
/// (<see cref="Resemblance"/>: the share of its distinct content words found in one paragraph), which tells a
/// fabricated quotation in the texts' vocabulary from one about something else.
/// </summary>
public sealed record QuoteCheckResult(string Passage, QuoteVerdict Verdict, IReadOnlyList<QuoteMatch> Matches, double Resemblance)
{
    /// <summary>
    /// When the passage stands word for word only in commentaries: the paper's closest passage and how it differs.
    /// A commentary may quote the paper with words left out or changed; a reader about to attribute the words to the
    /// paper must be told it does not say them so. Null otherwise, and when no passage of the paper comes close.
    /// </summary>
    public QuoteMatch? PaperClosest { get; init; }

    /// <summary>Not a quotation, but its words most resemble this place (a paraphrase's source); null when none comes near.</summary>
    public QuoteMatch? Resembles { get; init; }

    /// <summary>
    /// When only the words between the quotation marks were checked: the words outside them (an attribution such as
    /// "the paper says."), which are no part of the quotation. Null when the passage was checked whole.
    /// </summary>
    public string? Outside { get; init; }

    /// <summary>
    /// For words that are no quotation: the runs of them that stand word for word in a text, and the stretches in no
    /// text; null when no run is long enough to name, and for every other verdict.
    /// </summary>
    public PartlyQuoted? Partly { get; init; }

    /// <summary>
    /// For words in no paragraph: the title or heading of a text they stand in word for word, or the one they most
    /// nearly follow (an altered title); null when none comes near, and for every other verdict (<see cref="Titles"/>).
    /// </summary>
    public TitleMatch? Title { get; init; }

    /// <summary>The editor's notes at the passage's start or end ("[emphasis added]"), read as notes and not as words of the text; empty when none.</summary>
    public IReadOnlyList<string> EditorialNotes { get; init; } = [];
}

/// <summary>
/// A passage the checker refuses, with a reason a reader can act on and a title that names it ("Passage too long": a
/// reviewer found an over-long passage titled "Nothing to check").
/// </summary>
public sealed class InvalidQuoteException(string message, string title = "Nothing to check") : Exception(message)
{
    public string Title { get; } = title;
}

/// <summary>
/// Quote check: does a passage stand word for word in the paper or a commentary (case, quotation marks,
/// punctuation and spacing aside)? Each paragraph sharing enough of its words is aligned with it (see
/// <see cref="QuoteAligner"/>); the answer gives the exact places, or the closest ones with every addition, omission
/// and substitution where it is and the changes that may alter the meaning.
/// </summary>
public sealed class QuoteChecker
{
    public const int MaxLength = 3000;
    /// <summary>The longest passage a shareable address (<c>/quote-check?text=…</c>) takes; longer ones are posted.</summary>
    public const int MaxShareableLength = 1500;
    public const int MinWords = 3;
    /// <summary>A close passage this far behind the closest in its share of the quotation's words is not shown.</summary>
    public const double MaxBehindClosest = 0.25;
    /// <summary>
    /// A place holding fewer than this share of the quotation's own words, in order, is not what was quoted: the words
    /// are a paraphrase, or made up. Judged on tests/Shared/quote-judgements.tsv (docs/quote-check.md).
    /// </summary>
    public const double MinCoverage = 0.7;
    /// <summary>Below this share in the best place, the rest of the quotation is looked for elsewhere: words joined from two places.</summary>
    public const double JoinBelow = 0.85;
    /// <summary>The paper's closest passage is named for words found only in commentaries when it holds at least this share of them.</summary>
    public const double PaperClosestCoverage = 0.3;
    private const int MaxClose = 3;
    /// <summary>Paragraphs aligned per check, the ones sharing the most distinct words: aligning all would cost ~100× more for nothing.</summary>
    private const int Candidates = 12;

    private readonly List<SourceParagraph> paragraphs;
    private readonly Dictionary<string, List<int>> paragraphsByKey = new(StringComparer.Ordinal);

    private readonly Antonyms antonyms;
    private readonly Lazy<ParaphraseSources> paraphrases;
    private readonly Lazy<WordPlaces> places;
    private readonly Titles titles;

    public QuoteChecker(ContentLibrary library)
    {
        antonyms = library.Antonyms;
        paragraphs = library.Paragraphs.Select(p => new SourceParagraph(p)).ToList();
        paraphrases = new(() => new ParaphraseSources(paragraphs));
        places = new(() => new WordPlaces(paragraphs));
        titles = new Titles(library);
        for (var i = 0; i < paragraphs.Count; i++)
            foreach (var key in paragraphs[i].Words.Select(w => w.Key).Distinct())
            {
                if (!paragraphsByKey.TryGetValue(key, out var list)) paragraphsByKey[key] = list = [];
                list.Add(i);
            }
    }

    public QuoteCheckResult Check(string? text, CancellationToken cancellation = default) => Check(text, MaxLength, cancellation);

    /// <summary>
    /// Checks a passage of at most <paramref name="maxLength"/> characters, or refuses it with a reason;
    /// <paramref name="cancellation"/> stops the work between the paragraphs it is aligned with.
    /// </summary>
    public QuoteCheckResult Check(string? text, int maxLength, CancellationToken cancellation = default)
    {
        var passage = (text ?? "").Trim();
        if (passage.Length == 0) throw new InvalidQuoteException("Paste the passage to check.");
        // Bytes that are not UTF-8 reach here as U+FFFD, and a count of "words" would be the wrong reason to refuse them.
        if (passage.Contains('\uFFFD', StringComparison.Ordinal))
            throw new InvalidQuoteException("The passage is not valid text: it holds bytes that are not UTF-8 (shown as �). Paste the passage again as text, or encode it in UTF-8.", "Passage not valid text");
        if (passage.Length > maxLength) throw new InvalidQuoteException($"The passage is {passage.Length} characters long; the check takes at most {maxLength}. Check a sentence or a paragraph at a time.", "Passage too long");
        var quote = new QuotedText(passage);
        if (quote.Words.Count < MinWords) throw new InvalidQuoteException($"The passage has {quote.Words.Count switch { 0 => "no words", 1 => "one word", var n => $"{n} words" }}; give at least {MinWords} so that a match means something.", quote.Words.Count == 0 ? "Nothing to check" : "Too few words");
        var whole = Check(quote, cancellation);
        if (whole.Verdict == QuoteVerdict.Exact || Attributed(passage) is not { } attributed) return whole;
        // A reporter pastes the quotation as printed, with its attribution: “…,” the paper says. Checked whole, the
        // attribution's words make the paper's own sentence look altered; the words within the marks decide, if they
        // match better.
        var within = new QuotedText(attributed.Quoted);
        if (within.Words.Count < MinWords) return whole;
        var inner = Check(within, cancellation);
        return inner.Verdict == QuoteVerdict.Exact || Closeness(inner) > Closeness(whole) ? inner with { Outside = attributed.Outside } : whole;
    }

    /// <summary>Words that attribute a quotation are few: more than this outside the marks, and the passage is prose quoting something.</summary>
    private const int MaxAttributionWords = 15;

    /// <summary>The one quotation in a passage and the words around it, when those are few enough to be its attribution.</summary>
    private static (string Quoted, string Outside)? Attributed(string passage)
    {
        if (QuotationMarks.Enclosed(passage).Take(2).ToList() is not [var quoted]) return null;
        var at = passage.IndexOf(quoted, StringComparison.Ordinal);
        var outside = (passage[..Math.Max(0, at - 1)] + " " + passage[Math.Min(passage.Length, at + quoted.Length + 1)..]).Trim(' ', ',', '.', ':', ';', '—', '–', '-');
        var words = outside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= MaxAttributionWords ? (quoted.Trim(), string.Join(' ', outside.Split(' ', StringSplitOptions.RemoveEmptyEntries))) : null;
    }

    private static double Closeness(QuoteCheckResult result) => result.Verdict switch
    {
        QuoteVerdict.Exact => 2,
        QuoteVerdict.NotFound => 0,
        _ => result.Matches.Count > 0 ? result.Matches.Max(m => m.Similarity) : 0,
    };

    /// <summary>Checks a passage already read (the quote audit finds its own and has checked their length).</summary>
    public QuoteCheckResult Check(QuotedText quote, CancellationToken cancellation = default)
    {
        // Checked once a passage: the audit stops between quotations; one check is bounded by its 3,000 characters.
        cancellation.ThrowIfCancellationRequested();
        var single = CheckOne(quote, out var ranked);
        if (single.Verdict != QuoteVerdict.Exact && (ranked.FirstOrDefault()?.Coverage ?? 0) < JoinBelow && QuoteJoins.Find(this, quote, ranked.FirstOrDefault()) is { } parts)
            single = new QuoteCheckResult(quote.Text, QuoteVerdict.Joined, parts, single.Resemblance);
        // Words of no paragraph may be a text's title or heading, word for word or altered (review 22, D5); else they may
        // still hold a text's words word for word: the reader is told which part is real.
        // A title quoted word for word is what was quoted, however close a paragraph comes to its words ("The Promise of
        // the Global Security Initiative" is near many): the near passages are not listed as its source.
        if (single.Verdict is QuoteVerdict.NotFound or QuoteVerdict.Close && titles.Find(quote) is { } title && (title.Exact || single.Verdict == QuoteVerdict.NotFound))
            single = title.Exact
                ? new QuoteCheckResult(quote.Text, QuoteVerdict.NotFound, [], single.Resemblance) { Title = title }
                : single with { Title = title, Partly = PartlyQuoted.Find(quote, paragraphs, places.Value) };
        else if (single.Verdict == QuoteVerdict.NotFound) single = single with { Partly = PartlyQuoted.Find(quote, paragraphs, places.Value) };
        return quote.EditorialNotes.Count == 0 ? single : single with { EditorialNotes = quote.EditorialNotes };
    }

    /// <summary>
    /// The places a passage comes close to without standing word for word in any, closest first, and nothing more: no
    /// joined quotation, title, paraphrase or runs of words sought, which cost a long question to the search several
    /// milliseconds (<see cref="PastedSentence"/>). Empty where one place holds it word for word, or where no paragraph
    /// holds <paramref name="minResemblance"/> of its content words. Only the <paramref name="candidates"/> paragraphs
    /// sharing the most of its words are aligned (the check aligns twelve). <paramref name="exactToo"/>: where a place
    /// holds it word for word, those places, not nothing (a pasted sentence over the search's limits, which no search finds).
    /// </summary>
    public IReadOnlyList<QuoteMatch> Closest(QuotedText quote, double minResemblance, int candidates, bool exactToo = false)
    {
        var (nearest, resemblance) = Nearest(quote, paperOnly: false);
        if (resemblance < minResemblance) return [];
        var matches = Align(quote, nearest.Take(candidates), new());
        return matches.Any(m => m.IsExact) ? (exactToo ? [.. Rank(matches.Where(m => m.IsExact))] : []) : [.. Rank(matches)];
    }

    /// <summary>The check of one stretch of words against one place at a time.</summary>
    /// <param name="quote">The words checked.</param>
    /// <param name="ranked">Every inexact place, closest first.</param>
    /// <param name="minResemblance">Below this share of its content words in any one paragraph nothing is aligned: a part of a
    /// joined quotation must stand nearly word for word somewhere, and most tries of a made-up quotation stop here.</param>
    internal QuoteCheckResult CheckOne(QuotedText quote, out List<QuoteMatch> ranked, double minResemblance = 0)
    {
        var (candidates, resemblance) = Nearest(quote, paperOnly: false);
        if (resemblance < minResemblance) candidates = [];
        // A paragraph is aligned with these words once: the paper's closest passage and a paraphrase's source are
        // often among the candidates already aligned.
        var aligned = new Dictionary<int, QuoteMatch?>();
        var matches = Align(quote, candidates, aligned);
        var exact = matches.Where(m => m.IsExact).ToList();
        ranked = Rank(matches.Where(m => !m.IsExact)).ToList();
        if (exact.Count > 0)
            return new QuoteCheckResult(quote.Text, QuoteVerdict.Exact, exact, resemblance)
            {
                PaperClosest = exact.Any(IsPaper) ? null : PaperClosest(quote, aligned),
            };
        var best = ranked.FirstOrDefault();
        // Far behind the closest, a passage is another text that happens to share words, and its "changes" (a negation,
        // a modal) read as alarms about the quotation: not listed (a reader's review).
        var close = ranked.Where(m => m.Coverage >= MinCoverage && m.Coverage >= best!.Coverage - MaxBehindClosest).Take(MaxClose).ToList();
        return close.Count > 0
            ? new QuoteCheckResult(quote.Text, QuoteVerdict.Close, close, resemblance)
            : new QuoteCheckResult(quote.Text, QuoteVerdict.NotFound, [], resemblance) { Resembles = Paraphrased(quote, aligned) ?? (best is { Coverage: >= PaperClosestCoverage } ? best : null) };
    }

    /// <summary>
    /// Closest first: the larger share of the quotation's words in order; on a tie the paper's own passage (a commentary
    /// quoting the paper is not what a quoter of the paper quoted: issue 23), then the fewer source words around them.
    /// </summary>
    private static IEnumerable<QuoteMatch> Rank(IEnumerable<QuoteMatch> matches) => matches
        .OrderByDescending(m => Math.Round(m.Coverage, 3))
        .ThenBy(m => IsPaper(m) ? 0 : 1)
        .ThenByDescending(m => m.Similarity)
        .ThenBy(m => m.ChangedWords);

    /// <summary>The places the candidate paragraphs give, in document order; <paramref name="aligned"/> keeps each paragraph's for the same words.</summary>
    private List<QuoteMatch> Align(QuotedText quote, IEnumerable<int> candidates, Dictionary<int, QuoteMatch?> aligned)
    {
        var matches = new List<QuoteMatch>();
        foreach (var i in candidates.Order())
        {
            if (!aligned.TryGetValue(i, out var match))
                aligned[i] = match = QuoteAligner.Align(quote, paragraphs[i].Words, paragraphs[i].BoundaryBefore) is { } alignment
                    ? QuoteMatch.Of(paragraphs[i], quote, alignment, antonyms)
                    : null;
            if (match is not null) matches.Add(match);
        }
        return matches;
    }

    /// <summary>The paper's passage holding most of the words, for words found word for word only in commentaries.</summary>
    private QuoteMatch? PaperClosest(QuotedText quote, Dictionary<int, QuoteMatch?> aligned) =>
        Rank(Align(quote, Nearest(quote, paperOnly: true).Candidates, aligned)).FirstOrDefault(m => m.Coverage >= PaperClosestCoverage);

    /// <summary>
    /// What a passage that is no quotation paraphrases: the paragraph holding the most weight of its stems (at least
    /// <see cref="PaperClosestCoverage"/> of them), the paper's on a tie, aligned for its address and title.
    /// </summary>
    private QuoteMatch? Paraphrased(QuotedText quote, Dictionary<int, QuoteMatch?> aligned)
    {
        var words = string.Join(' ', quote.Words.Where((_, i) => !quote.Bracketed[i]).Select(w => w.Text));
        if (paraphrases.Value.Nearest(words, PaperClosestCoverage, i => paragraphs[i].Paragraph.Document.Kind == DocumentKind.Paper) is not { } nearest) return null;
        return Align(quote, [nearest], aligned).FirstOrDefault();
    }

    private static bool IsPaper(QuoteMatch match) => match.Paragraph.Document.Kind == DocumentKind.Paper;

    /// <summary>
    /// The paragraphs sharing the most distinct words with the passage (content words, when it has three or more),
    /// in document order on ties, and the largest share of its content words any one paragraph holds.
    /// </summary>
    private (List<int> Candidates, double Resemblance) Nearest(QuotedText quote, bool paperOnly)
    {
        var keys = quote.Words.Where((_, i) => !quote.Bracketed[i]).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();
        var content = keys.Where(k => !StopWords.Contains(k)).ToList();
        var counted = content.Count >= 3 ? content : keys;
        var shared = new Dictionary<int, int>();
        foreach (var key in counted)
            if (paragraphsByKey.TryGetValue(key, out var list))
                foreach (var p in list)
                    if (!paperOnly || paragraphs[p].Paragraph.Document.Kind == DocumentKind.Paper) shared[p] = shared.GetValueOrDefault(p) + 1;
        if (shared.Count == 0) return ([], 0);
        // A paragraph with under half the best one's shared words cannot be among the closest; aligning it costs for nothing.
        var needed = Math.Max(Math.Max(1, (int)Math.Ceiling(counted.Count * 0.3)), (shared.Values.Max() + 1) / 2);
        var candidates = shared.Where(s => s.Value >= needed)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Take(Candidates).Select(s => s.Key).ToList();
        return (candidates, (double)shared.Values.Max() / counted.Count);
    }
}
