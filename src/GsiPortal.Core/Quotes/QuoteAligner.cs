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
        int Before(int i) => Ends(plain[i]);
        int After(int i) => Ends(plain[n] - plain[i]);
        bool Same(int i, int j) => !bracketed[i] && q[i].Key == source[j].Key;
        bool Inflected(int i, int j) => !bracketed[i] && QuoteWords.Inflected(q[i].Key, source[j].Key);
        // M: ends with a quoted word against a source word; A: ends with a quoted word added; O: ends with a source word
        // left out in a short cut, L in a long one (a gap costs the cheaper of the two: dual affine).
        var M = new int[n + 1, m + 1];
        var A = new int[n + 1, m + 1];
        var O = new int[n + 1, m + 1];
        var L = new int[n + 1, m + 1];
        var fromM = new byte[n + 1, m + 1];
        var fromA = new byte[n + 1, m + 1];
        var fromO = new byte[n + 1, m + 1];
        var fromL = new byte[n + 1, m + 1];
        for (var j = 0; j <= m; j++) { M[0, j] = A[0, j] = O[0, j] = L[0, j] = Minus; }
        for (var i = 1; i <= n; i++)
        {
            M[i, 0] = A[i, 0] = O[i, 0] = L[i, 0] = Minus;
            // Gaps between quoted word i−1 and i: free where the quoter marked them.
            var elided = i < n && quote.ElidedBefore[i];
            int open = elided ? 0 : Open, extend = elided ? 0 : Extend;
            int longOpen = elided ? 0 : LongOpen, longExtend = elided ? 0 : LongExtend;
            var declared = bracketed[i - 1];
            for (var j = 1; j <= m; j++)
            {
                int extendA = A[i - 1, j] + (declared ? 0 : Extend), openA = M[i - 1, j] + (declared ? 0 : Open);
                (A[i, j], fromA[i, j]) = extendA >= openA ? (extendA, FromA) : (openA, FromM);

                var start = Before(i - 1);
                var best = (Score: O[i - 1, j - 1], From: FromO);
                if (L[i - 1, j - 1] > best.Score) best = (L[i - 1, j - 1], FromL);
                if (A[i - 1, j - 1] > best.Score) best = (A[i - 1, j - 1], FromA);
                if (start > best.Score) best = (start, FromStart);
                if (M[i - 1, j - 1] > best.Score) best = (M[i - 1, j - 1], FromM);
                // A bracketed word in place of a source word scores a hair above one added, so that "of that of [other
                // countries]." stands for the sentence's last word and does not end the quotation inside the sentence.
                // Only the bracket's first word: the rest would otherwise pull the quotation on into the next sentence.
                M[i, j] = best.Score + (Same(i - 1, j - 1) ? Match : Inflected(i - 1, j - 1) ? Inflection : declared ? (i > 1 && bracketed[i - 2] ? 0 : 1) : Mismatch);
                fromM[i, j] = best.From;

                int extendO = O[i, j - 1] + extend, openO = M[i, j - 1] + open;
                (O[i, j], fromO[i, j]) = extendO >= openO ? (extendO, FromO) : (openO, FromM);
                int extendL = L[i, j - 1] + longExtend, openL = M[i, j - 1] + longOpen;
                (L[i, j], fromL[i, j]) = extendL >= openL ? (extendL, FromL) : (openL, FromM);
            }
        }

        // The end: the last quoted word placed against the source, any quoted words after it added.
        int endI = 0, endJ = 0, endScore = Ends(plain[n]);
        for (var i = 1; i <= n; i++)
            for (var j = 1; j <= m; j++)
            {
                var score = M[i, j] + After(i);
                if (score > endScore) (endI, endJ, endScore) = (i, j, score);
            }
        if (endI == 0) return null;

        var steps = new List<AlignedWord>();
        for (var k = n - 1; k >= endI; k--) steps.Add(new AlignedWord(AlignedKind.Added, k, -1));
        int a = endI, b = endJ;
        var state = FromM;
        while (a > 0)
        {
            if (state == FromM)
            {
                steps.Add(new AlignedWord(Same(a - 1, b - 1) ? AlignedKind.Same : AlignedKind.Substituted, a - 1, b - 1));
                state = fromM[a, b];
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
                state = fromA[a, b];
                a--;
            }
            else
            {
                steps.Add(new AlignedWord(a < n && quote.ElidedBefore[a] ? AlignedKind.Elided : AlignedKind.Omitted, -1, b - 1));
                state = state == FromL ? fromL[a, b] : fromO[a, b];
                b--;
            }
        }
        steps.Reverse();
        if (boundaryBefore is not null) PlaceCutsAtBoundaries(steps, source, boundaryBefore);
        var sources = steps.Where(s => s.Source >= 0).Select(s => s.Source).ToList();
        return new QuoteAlignment(steps, sources[0], sources[^1], endScore);
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
