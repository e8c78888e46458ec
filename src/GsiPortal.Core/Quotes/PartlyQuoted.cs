using GsiPortal.Core.Addresses;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>A run of a quotation's words that stands word for word in one place: which quoted words (<see cref="First"/> to <see cref="Last"/>), as quoted, and where.</summary>
public sealed record VerbatimRun(int First, int Last, string Quoted, Passage Passage, string SourceText)
{
    public int Length => Last - First + 1;
    public string Url => Passage.Address;
}

/// <summary>
/// Words that are no quotation of any text, with runs of a text's words in them word for word: "Humanity is an
/// indivisible security community and NATO must be dissolved." opens with commitment 4's second sentence and ends in
/// words of no text. A fresh-eyes review found it answered only "Not a quotation of any text" (D6, the eighteenth
/// session); a journalist needs to know which part is real. <see cref="InNoText"/> are the stretches between the runs
/// that stand in no text as written (a stretch of common words that some text holds is not named either way).
/// </summary>
public sealed record PartlyQuoted(IReadOnlyList<VerbatimRun> Runs, IReadOnlyList<string> InNoText, int Words)
{
    /// <summary>
    /// The fewest words a run must have to be named. Measured on 1,347 words that quote no text (the judged
    /// paraphrases and made-up quotations, the editors' readers' questions, a reviewer's queries): a 5-word run of some
    /// text's words came by chance in 84 ("are equal members of the", "safeguard regional peace and stability"), 6 or
    /// more in 30, nearly all names and titles the texts print ("the Global Security Initiative Concept Paper") or their
    /// phrases ("the reasonable security concerns of others"), which are real. docs/quote-check.md.
    /// </summary>
    public const int MinRun = 6;
    /// <summary>A run must also hold this many words that carry meaning (not "of the", "and the"): stock grammar is no quotation.</summary>
    public const int MinContentWords = 3;
    /// <summary>At most this many runs are named: past it the words are a patchwork, and the search serves better.</summary>
    public const int MaxRuns = 3;

    /// <summary>How many of the quotation's words the runs hold.</summary>
    public int RealWords => Runs.Sum(r => r.Length);

    /// <summary>True when every stretch outside the runs stands in no text.</summary>
    public bool RestInNoText { get; init; }

    /// <summary>
    /// The runs of at least <see cref="MinRun"/> of the quotation's words standing word for word in one paragraph (the
    /// longest first, then the longest in what is left on either side; never across an ellipsis or a bracketed word),
    /// or null when there is none. Cost: each quoted word's places in the texts are tried once per run sought (at most
    /// <see cref="MaxRuns"/> × 2 + 1 searches), a run extended only from its first word.
    /// </summary>
    internal static PartlyQuoted? Find(QuotedText quote, IReadOnlyList<SourceParagraph> paragraphs, WordPlaces places)
    {
        var runs = new List<(int First, int Last, int Paragraph, int Word)>();
        Seek(quote, paragraphs, places, 0, quote.Words.Count - 1, runs);
        if (runs.Count == 0) return null;
        runs.Sort((a, b) => a.First.CompareTo(b.First));
        var named = runs.Select(r => new VerbatimRun(r.First, r.Last, Span(quote, r.First, r.Last),
            paragraphs[r.Paragraph].Passage(r.Word, r.Word + r.Last - r.First), paragraphs[r.Paragraph].Excerpt(r.Word, r.Word + r.Last - r.First))).ToList();
        var rest = new List<string>();
        var all = true;
        foreach (var (from, to) in Gaps(quote, runs))
        {
            // A stretch the texts hold whole ("the Ukraine crisis") is common words, not words of no text.
            if (Longest(quote, paragraphs, places, from, to).Length == to - from + 1) { all = false; continue; }
            rest.Add(Span(quote, from, to));
        }
        return new PartlyQuoted(named, rest, quote.Bracketed.Count(b => !b)) { RestInNoText = all };
    }

    private static void Seek(QuotedText quote, IReadOnlyList<SourceParagraph> paragraphs, WordPlaces places, int lo, int hi, List<(int, int, int, int)> runs)
    {
        if (runs.Count >= MaxRuns || hi - lo + 1 < MinRun) return;
        var best = Longest(quote, paragraphs, places, lo, hi, preferPaper: true);
        if (best.Length < MinRun) return;
        var first = best.First;
        var last = first + best.Length - 1;
        if (Enumerable.Range(first, best.Length).Count(i => !StopWords.Contains(quote.Words[i].Key)) < MinContentWords) return;
        runs.Add((first, last, best.Paragraph, best.Word));
        Seek(quote, paragraphs, places, lo, first - 1, runs);
        Seek(quote, paragraphs, places, last + 1, hi, runs);
    }

    /// <summary>
    /// The longest run of quoted words <paramref name="lo"/>..<paramref name="hi"/> in one paragraph, the paper's (the
    /// earlier paragraph) on a tie. With <paramref name="preferPaper"/>, the paper's run is named over a commentary's
    /// longer by one stop word that holds it ("that humanity is an indivisible security community", Chen Xiangyang ¶16,
    /// over commitment 4's six words; review 18): the commentary quotes the paper's words with its own "that", and a
    /// reader checking a quotation wants the primary source. A commentary's run longer by a word of meaning stays named.
    /// </summary>
    private static (int First, int Length, int Paragraph, int Word) Longest(QuotedText quote, IReadOnlyList<SourceParagraph> paragraphs, WordPlaces places, int lo, int hi,
        bool preferPaper = false)
    {
        var best = (First: lo, Length: 0, Paragraph: -1, Word: -1);
        var paper = best;
        for (var i = lo; i <= hi; i++)
        {
            if (quote.Bracketed[i] || places.Of(quote.Words[i].Key) is not { } at) continue;
            foreach (var (p, w) in at)
            {
                var words = paragraphs[p].Words;
                // Extended from a run's first word only: a run found from its second word is the same run, shorter.
                if (i > lo && Continues(quote, i) && w > 0 && words[w - 1].Key == quote.Words[i - 1].Key) continue;
                var length = 1;
                while (i + length <= hi && Continues(quote, i + length) && w + length < words.Count && words[w + length].Key == quote.Words[i + length].Key) length++;
                if (length > best.Length || (length == best.Length && p < best.Paragraph)) best = (i, length, p, w);
                if (preferPaper && IsPaper(paragraphs[p]) && length > paper.Length) paper = (i, length, p, w);
            }
        }
        if (!preferPaper || best.Paragraph < 0 || IsPaper(paragraphs[best.Paragraph]) || paper.Paragraph < 0 || paper.Length != best.Length - 1) return best;
        // The paper's run inside the longer one, the word it lacks a stop word ("that", "the", "and").
        var inside = paper.First >= best.First && paper.First + paper.Length <= best.First + best.Length;
        var extra = paper.First > best.First ? best.First : best.First + best.Length - 1;
        return inside && StopWords.Contains(quote.Words[extra].Key) ? paper : best;
    }

    private static bool IsPaper(SourceParagraph paragraph) => paragraph.Paragraph.Document.Kind == Content.DocumentKind.Paper;

    /// <summary>True when quoted word <paramref name="i"/> may continue a run from the word before: no ellipsis between them, and not the quoter's bracketed word.</summary>
    private static bool Continues(QuotedText quote, int i) => !quote.Bracketed[i] && !quote.ElidedBefore[i] && !quote.Bracketed[i - 1];

    /// <summary>The stretches of the quotation's own words outside the runs.</summary>
    private static IEnumerable<(int From, int To)> Gaps(QuotedText quote, List<(int First, int Last, int, int)> runs)
    {
        var at = 0;
        foreach (var (first, last, _, _) in runs.Append((quote.Words.Count, quote.Words.Count, 0, 0)))
        {
            var from = at;
            while (from < first && quote.Bracketed[from]) from++;
            var to = first - 1;
            while (to >= from && quote.Bracketed[to]) to--;
            if (to >= from) yield return (from, to);
            at = last + 1;
        }
    }

    /// <summary>The quoted words from <paramref name="first"/> to <paramref name="last"/> as the quoter wrote them.</summary>
    private static string Span(QuotedText quote, int first, int last) => quote.Text[quote.Words[first].Start..quote.Words[last].End];
}

/// <summary>Where each word (comparison key) stands in the texts: paragraph and word index, in document order. Made once per checker, on the first check that needs it.</summary>
internal sealed class WordPlaces
{
    private readonly Dictionary<string, List<(int Paragraph, int Word)>> places = new(StringComparer.Ordinal);

    public WordPlaces(IReadOnlyList<SourceParagraph> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
            for (var w = 0; w < paragraphs[p].Words.Count; w++)
            {
                var key = paragraphs[p].Words[w].Key;
                if (!places.TryGetValue(key, out var list)) places[key] = list = [];
                list.Add((p, w));
            }
    }

    public List<(int Paragraph, int Word)>? Of(string key) => places.GetValueOrDefault(key);
}
