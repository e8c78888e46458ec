using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// Cuts the passage of a unit's text that best shows why it matched — the sentence with the most searched
/// words, with the next one when it is short — and marks the words. Built by re-analysing the stored text
/// with the index's analyzer. Returns runs of text, the matched words marked and any cut shown by an ellipsis.
/// </summary>
public static class SnippetBuilder
{
    private const int TargetLength = 260;

    /// <summary>
    /// The snippet for matches already found (sorted, merged character spans). Each match weighs the square of its
    /// words (a phrase of n words n², so the sentence holding the searched phrase beats one that scatters its words),
    /// times <paramref name="rarity"/> of the match when given (the rarity of the searched words it holds), so that
    /// the sentence with the rare word beats one with common words.
    /// </summary>
    public static (IReadOnlyList<TextRun> Runs, int Offset) Build(string text, List<(int Start, int End)> matches, IReadOnlyList<double>? rarity = null)
    {
        var (from, to, _) = Window(text, matches, rarity);
        return (Framed(from > 0 ? "… " : "", TextMarker.Runs(text, from, to, matches), to < text.Length), from);
    }

    /// <summary>The window <see cref="Build"/> shows, and each match's weight in choosing it.</summary>
    private static (int From, int To, double[] Weights) Window(string text, List<(int Start, int End)> matches, IReadOnlyList<double>? rarity, string?[]? words = null,
        AnalyzedToken[]? tokens = null, TermRarity? terms = null)
    {
        var sentences = SentenceOffsets(text);
        var weights = new double[matches.Count];
        for (var j = 0; j < matches.Count; j++) weights[j] = Weight(text, matches[j]) * (rarity is null ? 1 : rarity[j]);
        // The sentence holding the longest searched phrase, then the most of the searched words, each word once and
        // the rarer weighing more (SentenceWords), then the most weight, the earliest of equals: a sentence holding the
        // whole phrase beats any holding its words apart or one of them, however often ("sanctions … sanctions" against
        // "unilateral sanctions"). Weight alone let a word said three times outweigh the phrase, and a word said twice
        // outweigh a sentence holding it beside a second word: "money for african peacekeeping" linked priority 1's
        // s4 ("peacekeeping" twice), not s6 ("African Union … peacekeeping"), and "terrorism should not be blamed on
        // one religion" priority 12's s1 ("terrorism" four times), not s3 ("terrorism … religion"); review 23, D4.
        var (best, longest, most, distinctMost) = (0, 0, -1.0, -1.0);
        for (var i = 0; i < sentences.Length; i++)
        {
            var (held, phrase) = (0.0, 0);
            for (var j = 0; j < matches.Count; j++)
                if (matches[j].Start >= sentences[i].Start && matches[j].End <= sentences[i].End)
                {
                    held += weights[j];
                    if (words is not null) phrase = Math.Max(phrase, Words(text, matches[j]));
                }
            if (phrase < 2) phrase = 0;
            var distinct = tokens is not null && terms is not null ? SentenceWords(matches, tokens, terms, words, sentences[i]) : 0;
            if (phrase > longest || phrase == longest && (distinct > distinctMost || distinct == distinctMost && held > most))
                (best, longest, most, distinctMost) = (i, phrase, held, distinct);
        }
        var (start, end) = sentences[best];
        if (end - start < TargetLength / 2 && best + 1 < sentences.Length && sentences[best + 1].End - start <= TargetLength)
            end = sentences[best + 1].End;
        if (end - start > TargetLength * 3 / 2)
        {
            // A long sentence: keep the window, opening a little before one of its matches, that holds the most
            // weight (the earliest of equals), so the phrase or the rare word is shown, not merely the first match.
            var (from, held) = (start, -1.0);
            for (var j = 0; j < matches.Count; j++)
            {
                if (matches[j].Start < start || matches[j].End > end) continue;
                var at = Math.Max(start, matches[j].Start - 60);
                at = at > start ? WordStart(text, at) : start;
                var weight = 0.0;
                for (var k = j; k < matches.Count && matches[k].End <= Math.Min(end, at + TargetLength); k++) weight += weights[k];
                if (weight > held) (from, held) = (at, weight);
            }
            var to = Math.Min(end, from + TargetLength);
            to = to < end ? WordEnd(text, to) : end;
            return (from, to, weights);
        }
        return (start, end, weights);
    }

    /// <summary>
    /// A snippet opening at the sentence holding <paramref name="at"/>, with the <paramref name="marks"/> (spans of the
    /// whole text) that fall in it: a passage found by meaning, shown by the sentence the model judged nearest the
    /// query (Search/Meaning), with the next one when it is short.
    /// </summary>
    public static (IReadOnlyList<TextRun> Runs, int Offset) AtSentence(string text, int at, IReadOnlyList<(int Start, int End)> marks)
    {
        var sentences = SentenceOffsets(text);
        var best = 0;
        for (var i = 0; i < sentences.Length; i++)
            if (sentences[i].Start <= at) best = i;
        var (start, end) = sentences.Length > 0 ? sentences[best] : (0, text.Length);
        if (end - start < TargetLength / 2 && best + 1 < sentences.Length && sentences[best + 1].End - start <= TargetLength)
            end = sentences[best + 1].End;
        if (end - start > TargetLength * 3 / 2) end = WordEnd(text, start + TargetLength);
        return (Framed(start > 0 ? "… " : "", TextMarker.Runs(text, start, end, marks), end < text.Length), start);
    }

    /// <summary>
    /// A hit's snippet: its searched phrases and words marked (common words only beside rarer ones), and the sentence
    /// holding the phrase or the rarest words shown.
    /// </summary>
    public static (IReadOnlyList<TextRun> Runs, int Offset, int Lead) ForHit(string text, IReadOnlyList<AnalyzedToken> tokens, IReadOnlySet<string> terms,
        IReadOnlyList<string[]> phrases, TermRarity rarity, IReadOnlyCollection<string>? capitals = null) =>
        ForHit(text, new UnitTokens([.. tokens]), terms, phrases, rarity, capitals);

    /// <summary>
    /// As the other <c>ForHit</c>, from a text's tokens indexed by term (kept per unit by the index). <c>Lead</c> is the
    /// run where the piece chosen for the query begins (0 but where a second piece stands before it): the result links
    /// to the sentence of its first mark (<see cref="HitSentence"/>), not to the earlier piece's.
    /// </summary>
    public static (IReadOnlyList<TextRun> Runs, int Offset, int Lead) ForHit(string text, UnitTokens tokens, IReadOnlySet<string> terms,
        IReadOnlyList<string[]> phrases, TermRarity rarity, IReadOnlyCollection<string>? capitals = null, IReadOnlyDictionary<string, string[]>? begun = null)
    {
        var matches = TextMarker.Matches(text, tokens, terms, phrases, rarity.Common, begun: begun);
        if (capitals is { Count: > 0 }) matches = TextMarker.WithCapitals(text, matches, capitals);
        var (from, to, weights) = Window(text, matches, rarity.Of(matches, tokens.Tokens), WordsOf(tokens.Tokens, matches), tokens.Tokens, rarity);
        // The second piece only where the two stay short enough to read at a glance (a tenth longer on average, at most
        // 416 characters): a results page is scanned, not read.
        if (Elsewhere(text, matches, weights, tokens.Tokens, rarity.Common, from, to) is not { } other || to - from + other.End - other.Start > TargetLength * 8 / 5)
            return (Framed(from > 0 ? "… " : "", TextMarker.Runs(text, from, to, matches), to < text.Length), from, 0);
        // Two pieces in the text's order, an ellipsis between; the link still opens at the chosen sentence.
        var (first, second) = other.Start < from ? (other, (Start: from, End: to)) : ((Start: from, End: to), other);
        // One list for both pieces and their ellipses (room for a run before and after each mark, and four more).
        var runs = new List<TextRun>(2 * matches.Count + 6);
        if (first.Start > 0) runs.Add(new TextRun("… ", false));
        TextMarker.AddRuns(runs, text, first.Start, first.End, matches);
        // Sentences side by side need no ellipsis between them: nothing is left out. (Read in place: the text between
        // the pieces, often hundreds of characters, was copied to be asked this.)
        runs.Add(new TextRun(text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace() ? " " : " … ", false));
        var lead = other.Start < from ? runs.Count : 0;
        TextMarker.AddRuns(runs, text, second.Start, second.End, matches);
        if (second.End < text.Length) runs.Add(new TextRun(" …", false));
        return (runs, from, lead);
    }

    /// <summary>
    /// Where the window shown lacks a marked word the text holds elsewhere, the short piece that shows it: the sentence
    /// of its weightiest match (the earliest of equals), or a few words either side of the match in a long sentence.
    /// A reader told a result holds "human" and "rights" apart should see both ("Humanity is an indivisible security
    /// community." beside "security rights"), not take the note on trust. None when the window shows every marked word but
    /// common ones.
    /// </summary>
    private static (int Start, int End)? Elsewhere(string text, List<(int Start, int End)> matches, double[] weights, AnalyzedToken[] tokens, IReadOnlySet<string> common, int from, int to)
    {
        var outside = false;
        foreach (var m in matches) outside |= m.Start < from || m.End > to;
        if (!outside) return null;
        var words = WordsOf(tokens, matches);
        var inWindow = ShownWords(tokens, matches, from, to);
        var best = -1;
        for (var j = 0; j < matches.Count; j++)
        {
            if (matches[j].Start >= from && matches[j].End <= to) continue;
            if (best >= 0 && weights[j] <= weights[best]) continue;
            // A word in most units ("countries") says nothing about why this one matched: no piece is added for it.
            if (words[j] is { } word && common.Contains(word)) continue;
            // A word the window shows inside a phrase is shown: "Cold War mentality" shows "war", and the sentence on
            // "the two world wars" beside it read as if the two were close (a fresh-eyes review).
            var shown = words[j] is { } w ? inWindow.Contains(w) : false;
            for (var k = 0; k < matches.Count && !shown; k++)
                shown = matches[k].Start >= from && matches[k].End <= to && words[k] == words[j];
            if (!shown) best = j;
        }
        if (best < 0) return null;
        var match = matches[best];
        foreach (var (start, end) in SentenceOffsets(text))
        {
            if (match.Start < start || match.Start >= end) continue;
            if (start < to && end > from) return null; // the window's own (long) sentence: its cut is the window's
            if (end - start <= TargetLength / 2) return (start, end);
            var at = Math.Max(start, match.Start - TargetLength / 5);
            at = at > start ? WordStart(text, at) : start;
            var until = Math.Min(end, match.End + TargetLength / 3);
            return (at, until < end ? WordEnd(text, until) : end);
        }
        return null;
    }

    /// <summary>Scratch for <see cref="SentenceWords"/>, one per thread: each word held and its weight.</summary>
    [ThreadStatic] private static List<(string Key, int Word, double Weight)>? sentenceWords;

    /// <summary>
    /// How much of the query a sentence holds: the rarity (BM25's idf, <see cref="TermRarity.Weight"/>) of each of the
    /// query's words inside its matches, each word once however often it stands there and through however many of its
    /// forms ("terrorism", "terrorist" and "counter-terrorism" are one word of "terrorism should not be blamed …",
    /// <see cref="TermRarity.Word"/>), the rarest form held weighing; so the sentence holding more of the words, and the
    /// rarer, wins. A match holding none of the searched words as analysed (a word in capitals, a wildcard's word)
    /// counts once by its first word, as 1.
    /// </summary>
    private static double SentenceWords(List<(int Start, int End)> matches, AnalyzedToken[] tokens, TermRarity terms, string?[]? words, (int Start, int End) sentence)
    {
        var seen = sentenceWords ??= [];
        seen.Clear();
        var t = 0;
        for (var j = 0; j < matches.Count; j++)
        {
            var (start, end) = matches[j];
            if (start < sentence.Start || end > sentence.End) continue;
            while (t < tokens.Length && tokens[t].End <= start) t++;
            var any = false;
            for (var i = t; i < tokens.Length && tokens[i].Start < end; i++)
            {
                if (terms.Weight(tokens[i].Term) is not (> 0 and var w)) continue;
                any = true;
                Hold(seen, tokens[i].Term, terms.Word(tokens[i].Term), w);
            }
            if (!any && words?[j] is { } word) Hold(seen, word, -1, 1);
        }
        var sum = 0.0;
        foreach (var held in seen) sum += held.Weight;
        return sum;
    }

    /// <summary>A word held once: by the query's word it stands for where told, else by the term; its rarest form's weight.</summary>
    private static void Hold(List<(string Key, int Word, double Weight)> seen, string key, int word, double weight)
    {
        for (var k = 0; k < seen.Count; k++)
            if (word >= 0 ? seen[k].Word == word : seen[k].Word < 0 && seen[k].Key == key)
            {
                if (weight > seen[k].Weight) seen[k] = (seen[k].Key, word, weight);
                return;
            }
        seen.Add((key, word, weight));
    }

    /// <summary>Scratch for <see cref="ShownWords"/>, one per thread.</summary>
    [ThreadStatic] private static List<string>? shownWords;

    /// <summary>Every analysed word inside a match the window shows, each word of a phrase included (a short list, read before the next snippet).</summary>
    private static List<string> ShownWords(AnalyzedToken[] tokens, List<(int Start, int End)> matches, int from, int to)
    {
        var shown = shownWords ??= [];
        shown.Clear();
        var t = 0;
        foreach (var (start, end) in matches)
        {
            if (start < from || end > to) continue;
            while (t < tokens.Length && tokens[t].Start < start) t++;
            for (var i = t; i < tokens.Length && tokens[i].End <= end; i++)
                if (!shown.Contains(tokens[i].Term)) shown.Add(tokens[i].Term);
        }
        return shown;
    }

    /// <summary>Scratch for <see cref="WordsOf"/>, one per thread: a snippet is cut for every result shown.</summary>
    [ThreadStatic] private static string?[]? matchWords;

    /// <summary>
    /// The analysed word each match begins with ("human" for "Humanity"): a match is one word or one searched phrase. Both
    /// lists are in text order. The first <c>matches.Count</c> entries of a per-thread array, read before the next snippet.
    /// </summary>
    private static string?[] WordsOf(AnalyzedToken[] tokens, List<(int Start, int End)> matches)
    {
        var words = matchWords is { } kept && kept.Length >= matches.Count ? kept : matchWords = new string?[Math.Max(16, matches.Count)];
        var t = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            while (t < tokens.Length && tokens[t].Start < matches[m].Start) t++;
            words[m] = t < tokens.Length && tokens[t].End <= matches[m].End ? tokens[t].Term : null;
        }
        return words;
    }

    private static List<TextRun> Framed(string prefix, List<TextRun> runs, bool cutAtEnd)
    {
        if (prefix.Length > 0) runs.Insert(0, new TextRun(prefix, false));
        if (cutAtEnd) runs.Add(new TextRun(" …", false));
        return runs;
    }

    /// <summary>A phrase of n words weighs n², so the sentence holding the searched phrase beats one that scatters its words.</summary>
    private static double Weight(string text, (int Start, int End) match)
    {
        var words = Words(text, match);
        return words * words;
    }

    /// <summary>The words a match spans, stop words inside a phrase included.</summary>
    private static int Words(string text, (int Start, int End) match) => text.AsSpan(match.Start, match.End - match.Start).Count(' ') + 1;

    /// <summary>Each sentence's character range (SentenceSplitter's sentences, found in order).</summary>
    /// <summary>
    /// A unit's sentence spans, split once per text: splitting cost a twentieth of a search when it ran for every hit
    /// (docs/performance.md). Keyed by the text itself, so the spans go when the edition holding the text goes.
    /// </summary>
    /// <remarks>An array, not a read-only list: a snippet reads every sentence once per match, and through an interface each read was a call.</remarks>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, (int Start, int End)[]> Split = [];

    internal static (int Start, int End)[] SentenceOffsets(string text) => Split.GetValue(text, SplitIntoSentences);

    private static (int Start, int End)[] SplitIntoSentences(string text)
    {
        var offsets = new List<(int, int)>();
        var at = 0;
        foreach (var sentence in Content.SentenceSplitter.Split(text))
        {
            var start = text.IndexOf(sentence, at, StringComparison.Ordinal);
            if (start < 0) start = at;
            offsets.Add((start, start + sentence.Length));
            at = start + sentence.Length;
        }
        return offsets.Count > 0 ? [.. offsets] : [(0, text.Length)];
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
