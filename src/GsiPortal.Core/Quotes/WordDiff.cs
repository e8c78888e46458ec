using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace GsiPortal.Core.Quotes;

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

    /// <summary>
    /// HTML of the difference: words only in the first text in &lt;del&gt;, words only in the second in &lt;ins&gt;,
    /// each with a title saying so, so that the marking does not rest on colour or strike-through alone.
    /// </summary>
    public static string Html(IEnumerable<WordStep> steps, string firstName, string secondName)
    {
        var html = new StringBuilder();
        foreach (var step in steps)
        {
            if (html.Length > 0) html.Append(' ');
            var word = WebUtility.HtmlEncode(step.Text);
            html.Append(step.Change switch
            {
                WordChange.OnlyInFirst => $"<del title=\"only in {WebUtility.HtmlEncode(firstName)}\">{word}</del>",
                WordChange.OnlyInSecond => $"<ins title=\"only in {WebUtility.HtmlEncode(secondName)}\">{word}</ins>",
                _ => word,
            });
        }
        return html.ToString();
    }

    /// <summary>Words that differ, counted on both sides.</summary>
    public static int Changes(IEnumerable<WordStep> steps) => steps.Count(s => s.Change != WordChange.Same);
}
