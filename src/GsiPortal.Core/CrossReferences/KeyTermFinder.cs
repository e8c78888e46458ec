using System.Text.RegularExpressions;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// Proposes candidate key terms for the editors' glossary (the validate command lists those the glossary lacks;
/// no page shows them): phrases of two to eight words, within a sentence or clause, that recur
/// (<see cref="MinCount"/> times, in <see cref="MinDocuments"/> documents or more) and neither start nor end on a
/// stop word. A phrase that nearly always stands inside one longer repeated phrase is only a fragment of it and
/// is dropped ("shared future for mankind" inside "community with a shared future for mankind"); phrases are
/// gathered up to <see cref="MaxGatherWords"/> words for that test, so the fragments of a repeated commitment title
/// go too. The rest are ranked by C-value — frequency weighted by length, less the occurrences inside longer
/// terms — times the number of documents that use the phrase, since a term the paper and its commentaries share
/// is what characterises this body of texts. The abbreviations the paper defines are added, each counted with its
/// long form.
/// </summary>
public static partial class KeyTermFinder
{
    public const int MinWords = 2;
    public const int MaxWords = 8;
    /// <summary>Phrases are gathered up to this length to recognise fragments of longer repeated phrases.</summary>
    public const int MaxGatherWords = 16;
    /// <summary>A phrase is a fragment when a longer phrase holding it occurs at least this share as often.</summary>
    public const double FragmentShare = 0.75;
    public const int MinCount = 3;
    public const int MinDocuments = 2;
    public const int MaxTerms = 150;
    /// <summary>Terms scoring below this C-value are left out.</summary>
    public const double MinScore = 14.0;


    [GeneratedRegex(@"[.;:?!()“”""]")]
    private static partial Regex ClauseBreak();

    public static IReadOnlyList<KeyTerm> Find(ContentLibrary library)
    {
        var occurrences = Gather(library);
        var candidates = occurrences.Where(kv => kv.Value.Count >= MinCount && kv.Value.Select(o => o.Paragraph.Document).Distinct().Count() >= MinDocuments)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var scored = candidates.Where(kv => kv.Key.Count(c => c == ' ') < MaxWords && !IsFragment(kv.Key, kv.Value.Count, candidates))
            .Select(kv => (Key: kv.Key, Occurrences: kv.Value, Score: CValue(kv.Key, kv.Value.Count, candidates) * kv.Value.Select(o => o.Paragraph.Document).Distinct().Count()))
            .Where(c => c.Score >= MinScore)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(c => new KeyTerm(Slug(c.Key), SurfaceForm(c.Occurrences), false, null, Math.Round(c.Score, 2), c.Occurrences))
            .ToList();
        return scored.Concat(AbbreviationTerms(library)).ToList();
    }

    private static bool IsFragment(string key, int count, Dictionary<string, List<TermOccurrence>> candidates)
    {
        var padded = $" {key} ";
        return candidates.Any(c => c.Key.Length > key.Length && c.Value.Count >= FragmentShare * count && $" {c.Key} ".Contains(padded, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every phrase of 2 to <see cref="MaxGatherWords"/> words that occurs <see cref="MinCount"/> times or more,
    /// level by level: a phrase can only recur if the phrase one word shorter does, so only recurring phrases
    /// are extended (the a priori rule), and the work stays small however long the phrases run.
    /// </summary>
    private static Dictionary<string, List<TermOccurrence>> Gather(ContentLibrary library)
    {
        var texts = library.Paragraphs.Select(p =>
        {
            var words = Words.Of(p.Text);
            var breakAfter = words.Select((w, k) => k + 1 < words.Count && ClauseBreak().IsMatch(p.Text.AsSpan(w.End, words[k + 1].Start - w.End))).ToArray();
            return (Paragraph: p, Words: words, BreakAfter: breakAfter);
        }).ToList();

        // Level 1: every word that may start a term, at every position.
        var level = new Dictionary<string, List<(int Text, int Start)>>(StringComparer.Ordinal);
        for (var t = 0; t < texts.Count; t++)
            for (var i = 0; i < texts[t].Words.Count; i++)
                if (!StopWords.Contains(texts[t].Words[i].Key)) Add(level, texts[t].Words[i].Key, (t, i));

        var found = new Dictionary<string, List<TermOccurrence>>(StringComparer.Ordinal);
        for (var n = 2; n <= MaxGatherWords && level.Count > 0; n++)
        {
            var next = new Dictionary<string, List<(int Text, int Start)>>(StringComparer.Ordinal);
            foreach (var (phrase, at) in level.Where(l => l.Value.Count >= MinCount))
            {
                foreach (var (t, start) in at)
                {
                    var (_, words, breakAfter) = texts[t];
                    var end = start + n - 1;
                    if (end >= words.Count || breakAfter[end - 1]) continue;
                    Add(next, phrase + " " + words[end].Key, (t, start));
                }
            }
            foreach (var (phrase, at) in next.Where(l => l.Value.Count >= MinCount))
            {
                var words = texts[at[0].Text].Words;
                if (StopWords.Contains(words[at[0].Start + n - 1].Key)) continue;
                found[phrase] = at.Select(a => new TermOccurrence(texts[a.Text].Paragraph, texts[a.Text].Words[a.Start].Start, texts[a.Text].Words[a.Start + n - 1].End)).ToList();
            }
            level = next;
        }
        return found;

        static void Add(Dictionary<string, List<(int, int)>> into, string key, (int, int) at)
        {
            if (!into.TryGetValue(key, out var list)) into[key] = list = [];
            list.Add(at);
        }
    }

    /// <summary>C-value: log2(length + 1) × (frequency − the mean frequency of the longer candidates that contain it); the +1 lets two-word terms count.</summary>
    private static double CValue(string key, int count, Dictionary<string, List<TermOccurrence>> candidates)
    {
        var length = key.Count(c => c == ' ') + 1;
        var padded = $" {key} ";
        var longer = candidates.Where(c => c.Key.Length > key.Length && $" {c.Key} ".Contains(padded, StringComparison.Ordinal)).Select(c => c.Value.Count).ToList();
        var nested = longer.Count == 0 ? 0 : longer.Average();
        return Math.Log2(length + 1.0) * (count - nested);
    }

    /// <summary>The abbreviations the paper defines, each with every occurrence of it or its long form.</summary>
    public static IEnumerable<KeyTerm> AbbreviationTerms(ContentLibrary library)
    {
        var defined = Abbreviations.From(library.Paper.Paragraphs.Select(p => p.Text));
        foreach (var (abbreviation, longForm) in defined.LongForms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!library.Paper.Paragraphs.Any(p => p.Text.Contains($"({abbreviation})", StringComparison.Ordinal))) continue; // added, not defined
            var pattern = new Regex($@"\b{Regex.Escape(abbreviation)}\b|\b{Regex.Escape(longForm)}\b");
            var found = library.Paragraphs.SelectMany(p => pattern.Matches(p.Text).Select(m => new TermOccurrence(p, m.Index, m.Index + m.Length))).ToList();
            yield return new KeyTerm(Slug(abbreviation), abbreviation, true, longForm, 0, found);
        }
    }

    /// <summary>The spelling used most often, ties to the first seen.</summary>
    private static string SurfaceForm(List<TermOccurrence> occurrences) =>
        occurrences.GroupBy(o => o.Text).OrderByDescending(g => g.Count()).First().Key;

    public static string Slug(string phrase) =>
        string.Join('-', Words.Of(phrase).Select(w => w.Key.Replace('\'', '-').Trim('-')).Where(w => w.Length > 0));
}
