using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The words a link found by similarity rests on, as the commentary writes them: runs of the commentary's words whose
/// stems the item's text has too. A reader sees what a link claims and can check it; a link no words of the item's
/// own back is not made (a fresh reader found Chen ¶13 listed as mentioning commitment 5 by "fundamental solution",
/// and Lei ¶13 priority 18 by "stable and smooth supply chains": words other items use as much).
/// </summary>
internal sealed class LinkWords
{
    /// <summary>How many runs a whole paragraph's resemblance is shown by: the ones weighing most.</summary>
    public const int ParagraphRuns = 3;

    /// <summary>The least weight a paragraph's run is shown with, as a share of its heaviest run's.</summary>
    public const double MinShareOfHeaviest = 0.3;

    /// <summary>Each item's stems that no other item uses: what makes a resemblance this item's rather than any item's.</summary>
    private readonly Dictionary<PaperItem, HashSet<string>> ownStems;

    public LinkWords(IReadOnlyList<PaperItem> items)
    {
        var stems = items.ToDictionary(i => i, i => Stems(string.Join(' ', i.Paragraphs.Select(p => p.Text))));
        var uses = stems.Values.SelectMany(s => s).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        ownStems = stems.ToDictionary(kv => kv.Key, kv => kv.Value.Where(s => uses[s] == 1).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The runs of a commentary sentence that the item's sentence shares and that hold a word of this item alone
    /// ("outer space" for priority 16; "common, cooperative, comprehensive, and sustainable security" for commitment
    /// 1), most such words first; none if the two share only words other items use too.
    /// </summary>
    public IReadOnlyList<string> OfSentence(string sentence, string itemSentence, PaperItem item)
    {
        var shared = Stems(sentence);
        shared.IntersectWith(Stems(itemSentence));
        var own = ownStems[item];
        return [.. Runs(sentence, shared).Where(r => r.Stems.Any(own.Contains))
            .OrderByDescending(r => r.Stems.Count(own.Contains)).ThenByDescending(r => r.Stems.Count)
            .Select(r => r.Text).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The runs of a commentary paragraph that weigh most in its resemblance to the whole item (by the product of the
    /// two vectors' weights of their stems), at most <see cref="ParagraphRuns"/>, heaviest first.
    /// </summary>
    public static IReadOnlyList<string> OfParagraph(string paragraph, IReadOnlyDictionary<string, double> paragraphVector, IReadOnlyDictionary<string, double> itemVector)
    {
        var shared = paragraphVector.Keys.Where(itemVector.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var runs = Runs(paragraph, shared)
            .Select(r => (r.Text, Weight: r.Stems.Distinct().Sum(s => paragraphVector[s] * itemVector[s])))
            .OrderByDescending(r => r.Weight).ToList();
        // A lone word weighing a fraction of the heaviest run ("overall", "issues") is no evidence a reader would weigh.
        var floor = runs.Count == 0 ? 0 : runs[0].Weight * MinShareOfHeaviest;
        var shown = new List<string>();
        foreach (var (text, _) in runs.Where(r => r.Weight >= floor))
            if (shown.Count < ParagraphRuns && !shown.Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase))) shown.Add(text);
        return shown;
    }

    private static HashSet<string> Stems(string text) => TextAnalysis.Terms(Similarity.Normalise(text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The text's maximal runs of words whose stems are in <paramref name="stems"/>, from the first such word to the
    /// last: a stop word between two ("sustainable and cooperative") stays inside, the end of a clause or sentence
    /// (. ; : ! ?) or a quotation mark or bracket ends a run.
    /// </summary>
    private static IEnumerable<(string Text, List<string> Stems)> Runs(string text, IReadOnlySet<string> stems)
    {
        var tokens = TextAnalysis.Tokens(PortalAnalyzer.Stemming, text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!stems.Contains(tokens[i].Term)) continue;
            var j = i;
            while (j + 1 < tokens.Count && stems.Contains(tokens[j + 1].Term) && tokens[j + 1].Position - tokens[j].Position <= 2
                   && text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).IndexOfAny(".;:!?“”\"()") < 0)
                j++;
            yield return (text[tokens[i].Start..tokens[j].End], tokens[i..(j + 1)].Select(t => t.Term).ToList());
            i = j;
        }
    }
}
