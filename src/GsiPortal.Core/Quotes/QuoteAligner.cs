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
/// Scores: a word matched +3, substituted −2; a gap inside the stretch opens at −3 and grows by −1 a word, so a
/// two-word omission followed by one matched word still beats stopping short. Quoted words before the first or after
/// the last aligned word are a gap like any other: one changed first word is a substitution, but a preamble
/// ("as the paper says") is an addition rather than a match stretched over source words it does not share. A gap
/// the quoter marked with an ellipsis is free. On ties inside, gaps are placed as late as possible: "at the expense of [that of] others", the way a
/// reader reads the phrase, not "at the expense [of that] of others".
/// </remarks>
public static class QuoteAligner
{
    private const int Match = 3, Mismatch = -2, Open = -3, Extend = -1;
    private const int Minus = int.MinValue / 4;
    private const byte FromM = 0, FromA = 1, FromO = 2, FromStart = 3;

    /// <summary>What quoted words before the first or after the last aligned word cost: a gap like any other.</summary>
    private static int Ends(int words) => words == 0 ? 0 : Open + (words - 1) * Extend;

    /// <summary>The best alignment, or null when not one quoted word can be placed against the source.</summary>
    public static QuoteAlignment? Align(QuotedText quote, IReadOnlyList<Word> source)
    {
        var q = quote.Words;
        int n = q.Count, m = source.Count;
        if (n == 0 || m == 0) return null;
        // M: ends with a quoted word against a source word; A: ends with a quoted word added; O: ends with a source word left out.
        var M = new int[n + 1, m + 1];
        var A = new int[n + 1, m + 1];
        var O = new int[n + 1, m + 1];
        var fromM = new byte[n + 1, m + 1];
        var fromA = new byte[n + 1, m + 1];
        var fromO = new byte[n + 1, m + 1];
        for (var j = 0; j <= m; j++) { M[0, j] = A[0, j] = O[0, j] = Minus; }
        for (var i = 1; i <= n; i++)
        {
            M[i, 0] = A[i, 0] = O[i, 0] = Minus;
            // Gaps between quoted word i−1 and i: free where the quoter marked them.
            var elided = i < n && quote.ElidedBefore[i];
            int open = elided ? 0 : Open, extend = elided ? 0 : Extend;
            for (var j = 1; j <= m; j++)
            {
                int extendA = A[i - 1, j] + Extend, openA = M[i - 1, j] + Open;
                (A[i, j], fromA[i, j]) = extendA >= openA ? (extendA, FromA) : (openA, FromM);

                var start = Ends(i - 1);
                var best = (Score: O[i - 1, j - 1], From: FromO);
                if (A[i - 1, j - 1] > best.Score) best = (A[i - 1, j - 1], FromA);
                if (start > best.Score) best = (start, FromStart);
                if (M[i - 1, j - 1] > best.Score) best = (M[i - 1, j - 1], FromM);
                M[i, j] = best.Score + (q[i - 1].Key == source[j - 1].Key ? Match : Mismatch);
                fromM[i, j] = best.From;

                int extendO = O[i, j - 1] + extend, openO = M[i, j - 1] + open;
                (O[i, j], fromO[i, j]) = extendO >= openO ? (extendO, FromO) : (openO, FromM);
            }
        }

        // The end: the last quoted word placed against the source, any quoted words after it added.
        int endI = 0, endJ = 0, endScore = Ends(n);
        for (var i = 1; i <= n; i++)
            for (var j = 1; j <= m; j++)
            {
                var score = M[i, j] + Ends(n - i);
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
                steps.Add(new AlignedWord(q[a - 1].Key == source[b - 1].Key ? AlignedKind.Same : AlignedKind.Substituted, a - 1, b - 1));
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
                state = fromO[a, b];
                b--;
            }
        }
        steps.Reverse();
        var sources = steps.Where(s => s.Source >= 0).Select(s => s.Source).ToList();
        return new QuoteAlignment(steps, sources[0], sources[^1], endScore);
    }
}
