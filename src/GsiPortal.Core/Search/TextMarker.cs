using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// Finds the words of a text whose analysed term was searched for, and returns the text as runs, marked where
/// they matched; marks that only white space separates are joined, so that a phrase is marked as one. The text is
/// re-analysed with the index's analyzer, so "sanctions" is marked for a search on "sanction".
/// </summary>
public static class TextMarker
{
    /// <summary>text[start..end] as runs, the given spans (sorted, merged) that fall inside it marked.</summary>
    public static List<TextRun> Runs(string text, int start, int end, IReadOnlyList<(int Start, int End)> matches)
    {
        // Room for a run before and after each mark, and for a snippet's ellipses on either side.
        var runs = new List<TextRun>(2 * matches.Count + 3);
        AddRuns(runs, text, start, end, matches);
        return runs;
    }

    /// <summary>As <see cref="Runs"/>, added to <paramref name="runs"/>: a snippet of two pieces is one list, not two copied into one.</summary>
    public static void AddRuns(List<TextRun> runs, string text, int start, int end, IReadOnlyList<(int Start, int End)> matches)
    {
        var at = start;
        // By index: a foreach through the interface made an enumerator for every snippet.
        for (var m = 0; m < matches.Count; m++)
        {
            var (s, e) = matches[m];
            if (s < start || e > end) continue;
            if (s > at) runs.Add(new TextRun(text[at..s], false));
            runs.Add(new TextRun(text[s..e], true));
            at = e;
        }
        if (end > at) runs.Add(new TextRun(text[at..end], false));
    }

    /// <summary>Character ranges of matched words, merged where only white space lies between.</summary>
    public static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms) =>
        Matches(text, TextAnalysis.Tokens(PortalAnalyzer.Stemming, text), terms);

    /// <summary>Matches among tokens already analysed from <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Matches(string text, IEnumerable<AnalyzedToken> tokens, IReadOnlySet<string> terms) =>
        Merge(text, tokens.Where(t => terms.Contains(t.Term)).Select(t => (t.Start, t.End)));

    /// <summary>
    /// Matches among tokens already analysed, each occurrence of a searched phrase marked as one span from its first
    /// word to its last — stop words and hyphens inside it included ("a nuclear war cannot be won", "trans-boundary
    /// rivers") — and the searched words elsewhere marked one by one. A <paramref name="common"/> word (one found in
    /// most units, "security") is marked only inside a phrase or beside a rarer searched word ("food security"),
    /// unless the text holds no rarer searched word (and <paramref name="commonAloneWhenNothingRarer"/>, as a snippet,
    /// which must show why its unit matched): marked everywhere it says nothing about why the text matched. A text
    /// that holds a rarer searched word but the common one nowhere beside it has the common one marked wherever it
    /// stands: it holds the words apart, and that is why it matched.
    /// </summary>
    public static List<(int Start, int End)> Matches(string text, IReadOnlyList<AnalyzedToken> tokens, IReadOnlySet<string> terms, IReadOnlyList<string[]> phrases,
        IReadOnlySet<string>? common = null, bool commonAloneWhenNothingRarer = true) =>
        Matches(text, new UnitTokens([.. tokens]), terms, phrases, common, commonAloneWhenNothingRarer);

    /// <summary>
    /// As <see cref="Matches(string, IReadOnlyList{AnalyzedToken}, IReadOnlySet{string}, IReadOnlyList{string[]}, IReadOnlySet{string}?, bool)"/>, each searched term looked up among the tokens.
    /// A term of <paramref name="begun"/> (one only a trailing wildcard searched, <see cref="BuiltQuery.MarkBegun"/>) is
    /// marked only where the word as written begins with one of its letters.
    /// </summary>
    public static List<(int Start, int End)> Matches(string text, UnitTokens unit, IReadOnlySet<string> terms, IReadOnlyList<string[]> phrases,
        IReadOnlySet<string>? common = null, bool commonAloneWhenNothingRarer = true, IReadOnlyDictionary<string, string[]>? begun = null)
    {
        var tokens = unit.Tokens;
        // The tokens of the searched terms, in text order.
        var places = Scratch.Places ??= [];
        places.Clear();
        // The set's own enumerator where it is a set (the same order): through the interface, one was made for every snippet.
        if (terms is HashSet<string> set)
            foreach (var term in set)
                Place(text, unit, term, begun, places);
        else
            foreach (var term in terms)
                Place(text, unit, term, begun, places);
        places.Sort();
        var found = Scratch.Found ??= [];
        found.Clear();
        foreach (var at in places) found.Add(tokens[at]);
        var spans = Scratch.Spans ??= [];
        spans.Clear();
        Searched(text, found, common, commonAloneWhenNothingRarer, spans);
        if (phrases.Count > 0)
        {
            foreach (var phrase in phrases)
            {
                var first = Array.FindIndex(phrase, t => t.Length > 0);
                var last = Array.FindLastIndex(phrase, t => t.Length > 0);
                if (first < 0 || first == last) continue;
                foreach (var at in unit.Of(phrase[first]))
                {
                    var start = tokens[at];
                    var matched = true;
                    for (var j = first + 1; j <= last && matched; j++)
                        matched = phrase[j].Length == 0 || (At(tokens, start.Position + j - first) is >= 0 and var t && tokens[t].Term == phrase[j]);
                    if (matched) spans.Add((start.Start, tokens[At(tokens, start.Position + last - first)].End));
                }
            }
        }
        return Union(text, spans);
    }

    /// <summary>The places of a term's tokens; a wildcard's term only where the word as written begins with its letters.</summary>
    private static void Place(string text, UnitTokens unit, string term, IReadOnlyDictionary<string, string[]>? begun, List<int> places)
    {
        if (begun is null || !begun.TryGetValue(term, out var letters))
        {
            foreach (var at in unit.Of(term)) places.Add(at);
            return;
        }
        foreach (var at in unit.Of(term))
            if (WrittenBeginsWith(text, unit.Tokens[at], letters)) places.Add(at);
    }

    /// <summary>
    /// Whether the word a token stands for, as the text writes it and folded as the spell field folds it ("Community",
    /// "Bo'ao" → "boao"), begins with any of <paramref name="letters"/> (folded alike).
    /// </summary>
    internal static bool WrittenBeginsWith(string text, AnalyzedToken token, string[] letters)
    {
        var written = text.AsSpan(token.Start, token.End - token.Start);
        var plain = true;
        foreach (var c in written) plain &= char.IsAsciiLetterOrDigit(c);
        var folded = plain ? null : TextAnalysis.Tokens(PortalAnalyzer.Words, written.ToString(), SearchFields.Spell) is [var one] ? one.Term : written.ToString().ToLowerInvariant();
        foreach (var begin in letters)
            if (folded is null ? written.StartsWith(begin, StringComparison.OrdinalIgnoreCase) : folded.StartsWith(begin, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The first token at a position, or -1: tokens come in position order, so a binary search finds it without the
    /// dictionary by position each snippet once built.
    /// </summary>
    internal static int At(AnalyzedToken[] tokens, int position)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Position < position) low = middle + 1; else high = middle;
        }
        return low < tokens.Length && tokens[low].Position == position ? low : -1;
    }

    /// <summary>
    /// Lists a snippet fills and reads before it returns, one set per thread: a snippet is cut for every result shown,
    /// and these were about a fifth of the bytes a shown result allocated. Only the merged spans it returns are its own.
    /// </summary>
    private static class Scratch
    {
        [ThreadStatic] public static List<int>? Places;
        [ThreadStatic] public static List<AnalyzedToken>? Found;
        [ThreadStatic] public static List<(int Start, int End)>? Spans;
        [ThreadStatic] public static List<(int Start, int End)>? Union;
    }

    /// <summary>Spans in order, overlapping ones (a word inside a marked phrase) made one, then those only white space separates joined.</summary>
    internal static List<(int Start, int End)> Union(string text, List<(int Start, int End)> spans)
    {
        spans.Sort();
        var union = Scratch.Union ??= [];
        union.Clear();
        foreach (var span in spans)
            if (union.Count > 0 && span.Start <= union[^1].End) union[^1] = (union[^1].Start, Math.Max(union[^1].End, span.End));
            else union.Add(span);
        return Merge(text, union);
    }

    /// <summary>
    /// The spans of the searched words found, less the common ones that stand apart from every rarer searched word:
    /// a run of searched words that only white space or hyphens separate is kept whole when it holds a rarer one.
    /// </summary>
    /// <remarks>Added to <paramref name="spans"/> (empty).</remarks>
    private static void Searched(string text, List<AnalyzedToken> found, IReadOnlySet<string>? common, bool commonAloneWhenNothingRarer, List<(int Start, int End)> spans)
    {
        bool anyCommon = false, allCommon = true;
        if (common is { Count: > 0 })
            foreach (var t in found)
                if (common.Contains(t.Term)) anyCommon = true; else allCommon = false;
        if (common is null || !anyCommon || (commonAloneWhenNothingRarer && allCommon))
        {
            AddAll(found, spans);
            return;
        }
        bool beside = false, anyRare = false;
        for (var runStart = 0; runStart < found.Count;)
        {
            var runEnd = runStart + 1;
            while (runEnd < found.Count && found[runEnd].Start >= found[runEnd - 1].End && IsJoin(text.AsSpan(found[runEnd - 1].End, found[runEnd].Start - found[runEnd - 1].End))) runEnd++;
            bool rare = false, commonToo = false;
            for (var i = runStart; i < runEnd; i++)
                if (common.Contains(found[i].Term)) commonToo = true; else rare = true;
            for (var i = runStart; i < runEnd; i++)
                if (rare || !common.Contains(found[i].Term)) spans.Add((found[i].Start, found[i].End));
            beside |= rare && commonToo;
            anyRare |= rare;
            runStart = runEnd;
        }
        // A text that holds a rarer searched word but never a common one beside it holds the searched words only apart, and its result
        // says so ("Holds “food” and “security”, but not side by side"): its common word is then marked too, where it
        // stands, or the reader is told of a word the snippet hides (Dong Chunling ¶11, "global security" and "food for
        // thought", marked "food" alone).
        if (anyRare && !beside)
        {
            spans.Clear();
            AddAll(found, spans);
        }
    }

    private static void AddAll(List<AnalyzedToken> found, List<(int Start, int End)> spans)
    {
        foreach (var t in found) spans.Add((t.Start, t.End));
    }

    /// <summary>What may stand between two words of one run: white space and hyphens ("food security", "cyber-security").</summary>
    private static bool IsJoin(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
            if (!char.IsWhiteSpace(c) && c != '-') return false;
        return true;
    }

    /// <summary>
    /// The spans, and each place a short form stands as a word written exactly so ("AI" for a search on "artificial
    /// intelligence", which found the unit by it): searched in capitals only, it is marked in capitals only, never as
    /// the common word it spells ("US", "us").
    /// </summary>
    public static List<(int Start, int End)> WithCapitals(string text, List<(int Start, int End)> spans, IEnumerable<string> capitals)
    {
        var all = new List<(int Start, int End)>(spans);
        foreach (var form in capitals)
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length])))
                    all.Add((at, at + form.Length));
        return Union(text, all);
    }

    /// <summary>Joins spans (in order) that only white space separates.</summary>
    public static List<(int Start, int End)> Merge(string text, IEnumerable<(int Start, int End)> ordered)
    {
        var merged = new List<(int Start, int End)>();
        // A list's own enumerator where it is one (every snippet's spans): through the interface, one was made each time.
        if (ordered is List<(int Start, int End)> list)
        {
            foreach (var (start, end) in list) MergeOne(text, merged, start, end);
            return merged;
        }
        foreach (var (start, end) in ordered) MergeOne(text, merged, start, end);
        return merged;
    }

    private static void MergeOne(string text, List<(int Start, int End)> merged, int start, int end)
    {
        if (merged.Count > 0 && start >= merged[^1].End && text.AsSpan(merged[^1].End, start - merged[^1].End).IsWhiteSpace())
            merged[^1] = (merged[^1].Start, end);
        else
            merged.Add((start, end));
    }
}
