using DiffPlex;
using DiffPlex.Chunkers;

namespace GsiPortal.Core.Text;

/// <summary>How a word of one text stands against another.</summary>
public enum WordChange { Same, OnlyInFirst, OnlyInSecond }

/// <summary>One step of a word-level difference.</summary>
public readonly record struct WordStep(WordChange Change, string Text);

/// <summary>
/// A word-level difference between two texts, computed by DiffPlex over their words (one word a line, in
/// comparison form), then read back in the words' own spelling.
/// </summary>
public static class WordDiff
{
    public static List<WordStep> Compare(IReadOnlyList<Word> first, IReadOnlyList<Word> second)
    {
        var result = Differ.Instance.CreateDiffs(string.Join('\n', first.Select(w => w.Key)), string.Join('\n', second.Select(w => w.Key)),
            ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var steps = new List<WordStep>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA) { steps.Add(new WordStep(WordChange.Same, second[b].Text)); a++; b++; }
            for (var i = 0; i < block.DeleteCountA; i++) steps.Add(new WordStep(WordChange.OnlyInFirst, first[a++].Text));
            for (var i = 0; i < block.InsertCountB; i++) steps.Add(new WordStep(WordChange.OnlyInSecond, second[b++].Text));
        }
        while (a < first.Count && b < second.Count) { steps.Add(new WordStep(WordChange.Same, second[b].Text)); a++; b++; }
        return steps;
    }

    /// <summary>Words that differ, counted on both sides.</summary>
    public static int Changes(IEnumerable<WordStep> steps) => steps.Count(s => s.Change != WordChange.Same);
}
