using System.Buffers;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>How one word of a quotation stands against the source.</summary>
public enum AlignedKind
{
    /// <summary>The same word (case, quotation marks and punctuation aside).</summary>
    Same,
    /// <summary>A quoted word in place of a different source word.</summary>
    Substituted,
    /// <summary>A word in the quotation that the source does not have there.</summary>
    Added,
    /// <summary>A source word the quotation leaves out without saying so.</summary>
    Omitted,
    /// <summary>A source word the quotation leaves out where it marks the cut with an ellipsis.</summary>
    Elided,
    /// <summary>A word of a run the quotation gives in another order ("community of security" for "security community"): see <see cref="QuoteTransposition"/>.</summary>
    Transposed,
}

/// <summary>One step of an alignment: indices into the quotation's and the source's words, −1 where a side has none.</summary>
public readonly record struct AlignedWord(AlignedKind Kind, int Quote, int Source);

/// <summary>An alignment of a whole quotation against a stretch of a source paragraph, from its first to its last aligned source word.</summary>
public sealed record QuoteAlignment(IReadOnlyList<AlignedWord> Steps, int SourceStart, int SourceEnd, int Score)
{
    public int SameWords => Steps.Count(s => s.Kind == AlignedKind.Same);

    /// <summary>Source words from the first to the last one aligned (inclusive).</summary>
    public int SourceLength => SourceEnd - SourceStart + 1;
}

/// <summary>
/// Aligns a quotation to a paragraph word by word, with gaps allowed on both sides: a semi-global alignment with
/// affine gaps (Gotoh's three-state form of Needleman–Wunsch). Every quoted word is accounted for; the source is
/// free before and after the stretch quoted. So an omission is reported where it is, and the words after it still
/// match — unlike a window as long as the quotation, which slides past the omission and blames the last words.
/// </summary>
/// <remarks>
/// Scores: a word matched +3, the same word in another form ("solves" for "solve": still a substitution, reported) +2,
/// substituted −2; a gap inside the stretch opens at −3 and grows by −1 a word; source
/// words left out cost the cheaper of that and a long cut's −8, growing by a tenth of a point a word — a quotation whose words all stand in order in a passage, with thirty words
/// cut between them and no ellipsis, is that passage with words left out (issue 23: blamed on a commentary that
/// shared fewer of its words in a shorter stretch). A two-word omission followed by one matched word still beats
/// stopping short, and one word matched far off ("Support" forty words before "linking", where the text says
/// "Oppose") does not pay for the cut it needs. Words the quoter put in [brackets] are their own, never the source's: they match nothing, and
/// cost nothing in place of a source word or added. Quoted words before the first or after
/// the last aligned word are a gap like any other: one changed first word is a substitution, but a preamble
/// ("as the paper says") is an addition rather than a match stretched over source words it does not share. A gap
/// the quoter marked with an ellipsis is free. On ties inside, gaps are placed as late as possible: "at the expense of [that of] others", the way a
/// reader reads the phrase, not "at the expense [of that] of others".
/// </remarks>
public static class QuoteAligner
{
    // Tenths of the documented scores, so that a source word left out can cost a tenth of a point.
    private const int Match = 30, Inflection = 20, Mismatch = -20, Open = -30, Extend = -10, LongOpen = -80, LongExtend = -1;
    private const int Minus = int.MinValue / 4;
    // Where a cell came from, one byte a cell: M's choice in the low three bits; then 8, 16, 32 when A, O, L extended a gap (else each came from M).
    private const byte FromM = 0, FromA = 1, FromO = 2, FromStart = 3, FromL = 4;

    /// <summary>What quoted words before the first or after the last aligned word cost: a gap like any other, the quoter's bracketed words free.</summary>
    private static int Ends(int words) => words == 0 ? 0 : Open + (words - 1) * Extend;

    /// <summary>The best alignment, or null when not one quoted word can be placed against the source.</summary>
    /// <param name="quote">The quotation.</param>
    /// <param name="source">The paragraph's words.</param>
    /// <param name="boundaryBefore">True at i when the source has punctuation between word i−1 and i: a cut whose place is
    /// otherwise a tie is put there ("common security, [between traditional security and non-traditional security,] between").</param>
    public static QuoteAlignment? Align(QuotedText quote, IReadOnlyList<Word> source, Func<int, bool>? boundaryBefore = null)
    {
        var q = quote.Words;
        int n = q.Count, m = source.Count;
        if (n == 0 || m == 0) return null;
        var bracketed = quote.Bracketed;
        // Unbracketed quoted words before i, so that the ends cost only the quoter's undeclared words.
        var plain = new int[n + 1];
        for (var i = 0; i < n; i++) plain[i + 1] = plain[i] + (bracketed[i] ? 0 : 1);
        var pairs = new WordPairs(quote, source);
        // M: ends with a quoted word against a source word; A: ends with a quoted word added; O: ends with a source word
        // left out in a short cut, L in a long one (a gap costs the cheaper of the two: dual affine). Each row needs only
        // the one before it, so two rows of each are kept; where each cell came from is kept whole, a byte a cell
        // (the four states' choices packed), for the way back. A quotation of 500 words against a dozen paragraphs
        // allocated four int and four byte matrices each, 30 MB a check on the large-object heap (docs/quote-check.md).
        var rows = new Rows(m);
        var trace = ArrayPool<byte>.Shared.Rent(n * m);
        try
        {
            // The end: the last quoted word placed against the source, any quoted words after it added.
            int endI = 0, endJ = 0, endScore = Ends(plain[n]);
            for (var i = 1; i <= n; i++)
            {
                rows.Next();
                var (M, A, O, L, pM, pA, pO, pL) = (rows.M, rows.A, rows.O, rows.L, rows.PrevM, rows.PrevA, rows.PrevO, rows.PrevL);
                // Gaps between quoted word i−1 and i: free where the quoter marked them.
                var elided = i < n && quote.ElidedBefore[i];
                int open = elided ? 0 : Open, extend = elided ? 0 : Extend;
                int longOpen = elided ? 0 : LongOpen, longExtend = elided ? 0 : LongExtend;
                var declared = bracketed[i - 1];
                int addExtend = declared ? 0 : Extend, addOpen = declared ? 0 : Open;
                var start = Ends(plain[i - 1]);
                var after = Ends(plain[n] - plain[i]);
                // A bracketed word in place of a source word scores a hair above one added, so that "of that of [other
                // countries]." stands for the sentence's last word and does not end the quotation inside the sentence.
                // Only the bracket's first word: the rest would otherwise pull the quotation on into the next sentence.
                var inBrackets = declared ? (i > 1 && bracketed[i - 2] ? 0 : 1) : 0;
                var scores = declared ? null : pairs.Row(i - 1);
                var row = (i - 1) * m;
                var sourceKeys = pairs.Source;
                // The cell up and to the left (the previous row's, one word back) and the one to the left (this row's), carried along.
                int diagonalM = pM[0], diagonalA = pA[0], diagonalO = pO[0], diagonalL = pL[0];
                int leftM = M[0], leftO = O[0], leftL = L[0];
                for (var j = 1; j <= m; j++)
                {
                    int upA = pA[j], upM = pM[j];
                    int extendA = upA + addExtend, openA = upM + addOpen;
                    int a, cell;
                    if (extendA >= openA) { a = extendA; cell = FromA << 3; } else { a = openA; cell = 0; }

                    int best = diagonalO;
                    int from = FromO;
                    if (diagonalL > best) { best = diagonalL; from = FromL; }
                    if (diagonalA > best) { best = diagonalA; from = FromA; }
                    if (start > best) { best = start; from = FromStart; }
                    if (diagonalM > best) { best = diagonalM; from = FromM; }
                    var score = best + (scores is null ? inBrackets : scores[sourceKeys[j - 1]]);

                    int extendO = leftO + extend, openO = leftM + open;
                    int o;
                    if (extendO >= openO) { o = extendO; cell |= 16; } else o = openO;
                    int extendL = leftL + longExtend, openL = leftM + longOpen;
                    int l;
                    if (extendL >= openL) { l = extendL; cell |= 32; } else l = openL;
                    trace[row + j - 1] = (byte)(cell | from);

                    (diagonalM, diagonalA, diagonalO, diagonalL) = (upM, upA, pO[j], pL[j]);
                    (M[j], A[j], O[j], L[j]) = (score, a, o, l);
                    (leftM, leftO, leftL) = (score, o, l);
                    if (score + after > endScore) (endI, endJ, endScore) = (i, j, score + after);
                }
            }
            if (endI == 0) return null;
            var steps = Back(quote, pairs, trace, m, endI, endJ);
            if (boundaryBefore is not null) PlaceCutsAtBoundaries(steps, source, boundaryBefore);
            var sources = steps.Where(s => s.Source >= 0).Select(s => s.Source).ToList();
            return new QuoteAlignment(steps, sources[0], sources[^1], endScore);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(trace);
        }
    }

    /// <summary>The way back from the best end to the start, as steps in the quotation's order.</summary>
    private static List<AlignedWord> Back(QuotedText quote, WordPairs pairs, byte[] trace, int m, int endI, int endJ)
    {
        var n = quote.Words.Count;
        var steps = new List<AlignedWord>();
        for (var k = n - 1; k >= endI; k--) steps.Add(new AlignedWord(AlignedKind.Added, k, -1));
        int a = endI, b = endJ;
        var state = FromM;
        while (a > 0)
        {
            var cell = b > 0 ? trace[(a - 1) * m + b - 1] : (byte)0;
            if (state == FromM)
            {
                steps.Add(new AlignedWord(pairs.Same(a - 1, b - 1) ? AlignedKind.Same : AlignedKind.Substituted, a - 1, b - 1));
                state = (byte)(cell & 7);
                a--; b--;
                if (state == FromStart)
                {
                    for (var k = a - 1; k >= 0; k--) steps.Add(new AlignedWord(AlignedKind.Added, k, -1));
                    break;
                }
            }
            else if (state == FromA)
            {
                steps.Add(new AlignedWord(AlignedKind.Added, a - 1, -1));
                state = (cell & 8) != 0 ? FromA : FromM;
                a--;
            }
            else
            {
                steps.Add(new AlignedWord(a < n && quote.ElidedBefore[a] ? AlignedKind.Elided : AlignedKind.Omitted, -1, b - 1));
                state = state == FromL ? ((cell & 32) != 0 ? FromL : FromM) : ((cell & 16) != 0 ? FromO : FromM);
                b--;
            }
        }
        steps.Reverse();
        return steps;
    }

    /// <summary>The current and the previous row of each state's scores; a row's first cell, before any source word, is unreachable.</summary>
    private sealed class Rows
    {
        public int[] M, A, O, L, PrevM, PrevA, PrevO, PrevL;

        public Rows(int m)
        {
            M = Unreachable(m); A = Unreachable(m); O = Unreachable(m); L = Unreachable(m);
            PrevM = Unreachable(m); PrevA = Unreachable(m); PrevO = Unreachable(m); PrevL = Unreachable(m);
        }

        /// <summary>The current row becomes the previous one, and the next is written over the one before.</summary>
        public void Next()
        {
            (M, PrevM) = (PrevM, M);
            (A, PrevA) = (PrevA, A);
            (O, PrevO) = (PrevO, O);
            (L, PrevL) = (PrevL, L);
            M[0] = A[0] = O[0] = L[0] = Minus;
        }

        private static int[] Unreachable(int m)
        {
            var row = new int[m + 1];
            Array.Fill(row, Minus);
            return row;
        }
    }

    /// <summary>
    /// What a quoted word scores against a source word, decided once for each pair of distinct words rather than once
    /// for each cell: a quotation repeats its words, and a long one met the same few hundred keys at every cell.
    /// </summary>
    private sealed class WordPairs
    {
        private readonly QuotedText quote;
        private readonly IReadOnlyList<Word> source;
        private readonly int[] quoteKey;
        private readonly int[][] rows;

        /// <summary>Each source word's index among the source's distinct keys.</summary>
        public int[] Source { get; }

        public WordPairs(QuotedText quote, IReadOnlyList<Word> source)
        {
            this.quote = quote;
            this.source = source;
            var sourceKeys = new Dictionary<string, int>(StringComparer.Ordinal);
            Source = new int[source.Count];
            for (var j = 0; j < source.Count; j++)
            {
                if (!sourceKeys.TryGetValue(source[j].Key, out var id)) sourceKeys[source[j].Key] = id = sourceKeys.Count;
                Source[j] = id;
            }
            var distinctSource = new string[sourceKeys.Count];
            foreach (var (key, id) in sourceKeys) distinctSource[id] = key;
            var quoteKeys = new Dictionary<string, int>(StringComparer.Ordinal);
            var scores = new List<int[]>();
            quoteKey = new int[quote.Words.Count];
            for (var i = 0; i < quote.Words.Count; i++)
            {
                var key = quote.Words[i].Key;
                if (!quoteKeys.TryGetValue(key, out var id))
                {
                    quoteKeys[key] = id = quoteKeys.Count;
                    var row = new int[distinctSource.Length];
                    for (var s = 0; s < row.Length; s++)
                        row[s] = key == distinctSource[s] ? Match : QuoteWords.Inflected(key, distinctSource[s]) ? Inflection : Mismatch;
                    scores.Add(row);
                }
                quoteKey[i] = id;
            }
            rows = [.. scores];
        }

        /// <summary>What quoted word <paramref name="i"/> (not bracketed) scores against each distinct source key.</summary>
        public int[] Row(int i) => rows[quoteKey[i]];

        /// <summary>The same word: never one the quoter put in brackets.</summary>
        public bool Same(int i, int j) => !quote.Bracketed[i] && quote.Words[i].Key == source[j].Key;
    }

    /// <summary>
    /// An unmarked cut that could stand one word earlier at no cost — the word before it is the cut's last word — is
    /// moved there while that puts its start right after the source's punctuation: the cut is then the phrase the
    /// quoter left out ("between traditional security and non-traditional security"), not one word late.
    /// </summary>
    private static void PlaceCutsAtBoundaries(List<AlignedWord> steps, IReadOnlyList<Word> source, Func<int, bool> boundaryBefore)
    {
        for (var k = 1; k < steps.Count; k++)
        {
            if (steps[k].Kind != AlignedKind.Omitted || steps[k - 1].Kind != AlignedKind.Same) continue;
            var end = k;
            while (end + 1 < steps.Count && steps[end + 1].Kind == AlignedKind.Omitted) end++;
            // steps[k-1] is the word before the cut (source b−1), steps[k..end] the cut (b..e).
            while (steps[k - 1].Kind == AlignedKind.Same)
            {
                int b = steps[k].Source, e = steps[end].Source, before = steps[k - 1].Source;
                if (source[before].Key != source[e].Key || boundaryBefore(b) || !boundaryBefore(before)) break;
                // Rotate: the quoted word now stands against source e; the cut runs from b−1 to e−1.
                var quoted = steps[k - 1].Quote;
                steps.RemoveAt(k - 1);
                steps.Insert(end, new AlignedWord(AlignedKind.Same, quoted, e));
                for (var x = k - 1; x < end; x++) steps[x] = new AlignedWord(AlignedKind.Omitted, -1, before + (x - (k - 1)));
                k--; end--;
                if (k < 1) break;
            }
            k = end;
        }
    }
}
