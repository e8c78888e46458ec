using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// Finds the runs of words each commentary paragraph shares with the paper. Words are compared in their
/// normalised form (lower case, quotation marks and dashes folded). Exact runs of <see cref="MinSharedWords"/> or
/// more words count; runs of at least <see cref="SeedWords"/> words joined across gaps of at most
/// <see cref="MaxGap"/> words on each side make a near match (a changed, missing or misspelt word), as do two long runs
/// with up to <see cref="MaxOmission"/> words left out of one side between them. Where one
/// stretch of a commentary matches several places in the paper, the longest match claims it, and a numbered
/// item wins a tie over a part's own passage, and then a match in an item's first sentence (its title).
/// A commentary paragraph that shares wording with a numbered item of a part is not also linked to that part's own
/// passages: the introduction and closing passages restate the items, so echoing them is taking up the item.
/// </summary>
public static class SharedWordingFinder
{
    public const int MinSharedWords = 6;
    public const int SeedWords = 3;
    public const int MaxGap = 2;
    /// <summary>
    /// Words one text has and the other lacks, between two runs of <see cref="MinSharedWords"/> or more, join them into
    /// one near match: Chen Xiangyang ¶9 gives commitment 4's seventh sentence without "between traditional security
    /// and non-traditional security", which two exact runs side by side hid (a reader's review).
    /// </summary>
    public const int MaxOmission = 8;
    /// <summary>A near match needs one exact run at least this long, so that short common phrases cannot chain.</summary>
    public const int MinLongestRun = 4;
    /// <summary>A shared run must hold this many words that are not stop words ("of the international and the" does not count).</summary>
    public const int MinContentWords = 3;



    private sealed record Run(int C, int P, int Length);

    /// <summary>A near match shorter than this is not shown: a changed word in a short phrase is too weak a sign.</summary>
    public const int MinNearWords = 8;

    public static IReadOnlyList<SharedPassage> Find(ContentLibrary library) => Find(library, new StockFormulae(library));

    /// <summary>
    /// The shared passages, less those that are mostly stock formulae (fewer than <see cref="MinSharedWords"/> words
    /// left once the formulae are taken out) and near matches under <see cref="MinNearWords"/> words. Both still
    /// claim their stretch of the commentary, so that no shorter match elsewhere stands in for them.
    /// </summary>
    public static IReadOnlyList<SharedPassage> Find(ContentLibrary library, StockFormulae stock)
    {
        var paper = library.Paper.Paragraphs.Select(p => Words.Of(p.Text) is var words ? (Paragraph: p, Unit: new PaperUnit(p), Words: words, Seeds: SeedIndex(words)) : default).ToList();
        var found = new List<SharedPassage>();
        foreach (var commentary in library.Commentaries)
            foreach (var paragraph in commentary.Paragraphs)
            {
                var words = Words.Of(paragraph.Text);
                // The commentary's seeds once, not once for each paper paragraph they are looked up in.
                var seeds = Enumerable.Range(0, Math.Max(0, words.Count - SeedWords + 1)).Select(i => Seed(words, i)).ToArray();
                var candidates = paper.SelectMany(p => Chains(words, seeds, p.Words, p.Seeds).Select(chain => Passage(paragraph, words, p.Paragraph, p.Unit, p.Words, chain))).ToList();
                var partsWithItems = candidates.Where(c => c.Paper.Item is not null).Select(c => c.PaperParagraph.Part).ToHashSet();
                candidates.RemoveAll(c => c.Paper.Item is null && partsWithItems.Contains(c.PaperParagraph.Part));
                found.AddRange(Resolve(candidates).Where(c => Shown(c, stock)));
            }
        return found;
    }


    private static bool Shown(SharedPassage passage, StockFormulae stock)
    {
        if (!passage.Exact && passage.SharedWords < MinNearWords) return false;
        var words = Words.Of(passage.CommentaryText);
        return words.Count - stock.Covered(words) >= MinSharedWords;
    }

    /// <summary>Keeps, for each stretch of the commentary, the longest match; a numbered item wins a tie.</summary>
    private static IEnumerable<SharedPassage> Resolve(List<SharedPassage> candidates)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var c in candidates.OrderByDescending(c => c.SharedWords).ThenByDescending(c => c.Paper.Item is not null)
                     .ThenByDescending(c => InTitle(c)).ThenBy(c => c.PaperParagraph.Ordinal))
        {
            if (taken.Any(t => c.CommentaryStart < t.End && t.Start < c.CommentaryEnd)) continue;
            taken.Add((c.CommentaryStart, c.CommentaryEnd));
            yield return c;
        }
    }

    private static bool InTitle(SharedPassage c) => c.Paper.Item is { } item && c.PaperParagraph == item.Paragraphs[0] && c.PaperStart < item.Title.Length;

    private static Dictionary<string, List<int>> SeedIndex(List<Word> words)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j + SeedWords <= words.Count; j++)
        {
            var key = Seed(words, j);
            if (!index.TryGetValue(key, out var at)) index[key] = at = [];
            at.Add(j);
        }
        return index;
    }

    private static string Seed(List<Word> words, int at) => string.Join(' ', Enumerable.Range(at, SeedWords).Select(k => words[k].Key));

    /// <summary>Maximal common runs of at least <see cref="SeedWords"/> words, chained across small gaps.</summary>
    private static IEnumerable<List<Run>> Chains(List<Word> c, string[] cSeeds, List<Word> p, Dictionary<string, List<int>> seeds)
    {
        var runs = new List<Run>();
        for (var i = 0; i < cSeeds.Length; i++)
        {
            if (!seeds.TryGetValue(cSeeds[i], out var positions)) continue;
            foreach (var j in positions)
            {
                if (i > 0 && j > 0 && c[i - 1].Key == p[j - 1].Key) continue; // not the start of a maximal run
                var length = SeedWords;
                while (i + length < c.Count && j + length < p.Count && c[i + length].Key == p[j + length].Key) length++;
                runs.Add(new Run(i, j, length));
            }
        }
        var chains = new List<List<Run>>();
        foreach (var run in runs.OrderBy(r => r.C).ThenBy(r => r.P))
        {
            Run? joined = null;
            var chain = chains.FirstOrDefault(ch => (joined = Joined(ch[^1], run)) is not null);
            if (chain is null) chains.Add([run]);
            else chain.Add(joined!);
        }
        return chains.Where(ch => ch.Sum(r => r.Length) >= MinSharedWords && ch.Max(r => r.Length) >= (ch.Count == 1 ? MinSharedWords : MinLongestRun)
            && ch.Sum(r => Enumerable.Range(r.C, r.Length).Count(k => !StopWords.Contains(c[k].Key))) >= MinContentWords);
    }

    /// <summary><paramref name="run"/> as the next link of a chain ending in <paramref name="last"/>, or null when they are too far apart.</summary>
    private static Run? Joined(Run last, Run run)
    {
        var gapC = run.C - (last.C + last.Length);
        var gapP = run.P - (last.P + last.Length);
        if (gapC is >= 0 and <= MaxGap && gapP is >= 0 and <= MaxGap) return run;
        // Words left out (or put in) between two long runs, the rest the same: one passage quoted with a cut, shown as
        // one near match whose difference says what was left out. The later run may begin with the word the earlier
        // ended on ("…common security, between [traditional … security,] between security rights…"): that word is
        // the earlier run's.
        var overlap = Math.Max(0, Math.Max(-gapC, -gapP));
        if (overlap > MaxGap || run.Length - overlap < MinSharedWords || last.Length < MinSharedWords) return null;
        (gapC, gapP) = (gapC + overlap, gapP + overlap);
        return Math.Min(gapC, gapP) == 0 && Math.Max(gapC, gapP) <= MaxOmission ? new Run(run.C + overlap, run.P + overlap, run.Length - overlap) : null;
    }

    private static SharedPassage Passage(Paragraph commentary, List<Word> c, Paragraph paperParagraph, PaperUnit unit, List<Word> p, List<Run> chain)
    {
        var first = chain[0];
        var last = chain[^1];
        var cWords = c.GetRange(first.C, last.C + last.Length - first.C);
        var pWords = p.GetRange(first.P, last.P + last.Length - first.P);
        var diff = chain.Count == 1 ? [] : WordDiff.Compare(cWords, pWords);
        return new SharedPassage(commentary, unit, paperParagraph, cWords[0].Start, cWords[^1].End, pWords[0].Start, pWords[^1].End,
            chain.Sum(r => r.Length), chain.Count == 1, diff)
        {
            // The paper's words each run of the chain has the same: a near match's changed words are not among them.
            PaperSameWords = [.. chain.SelectMany(r => Enumerable.Range(r.P, r.Length)).Select(k => p[k].Start)],
        };
    }
}
