using GsiPortal.Core.Text;

namespace GsiPortal.Core.Content;

/// <summary>
/// The source's misprints kept as printed (front matter <c>sic</c>): where each stands in a text, and a check that
/// every one listed does stand somewhere, so that a [sic] can never be promised and missing.
/// </summary>
public static class SicWords
{
    /// <summary>Each whole-word occurrence of a listed word in the text, in order, as (start, length); case as printed.</summary>
    public static IEnumerable<(int Start, int Length)> In(string text, IReadOnlyList<string> words)
    {
        if (words.Count == 0) yield break;
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var word in words)
            {
                if (word.Length == 0 || !text.AsSpan(i).StartsWith(word, StringComparison.Ordinal)) continue;
                if (IsWordChar(text, i - 1) || IsWordChar(text, i + word.Length)) continue;
                yield return (i, word.Length);
                i += word.Length - 1;
                break;
            }
        }
    }

    /// <summary>The text cut into runs at the listed words: a run that is one of them is <see cref="TextRun.Marked"/>.</summary>
    public static IEnumerable<TextRun> Runs(string text, IReadOnlyList<string> words)
    {
        var at = 0;
        foreach (var (start, length) in In(text, words))
        {
            if (start > at) yield return new TextRun(text[at..start], false);
            yield return new TextRun(text.Substring(start, length), true);
            at = start + length;
        }
        if (at < text.Length) yield return new TextRun(text[at..], false);
    }

    /// <summary>A problem for each listed word that no paragraph of the document holds (only paragraphs are marked).</summary>
    internal static void Check(Document document, string file, List<ContentError> errors)
    {
        foreach (var word in document.Meta.Sic)
        {
            // YAML reads an empty "- " as null: a slip in the list, reported like any other.
            if (string.IsNullOrWhiteSpace(word))
                errors.Add(new ContentError(file, document.Meta.LineOf("sic"), "sic lists an empty word", Advisory: true));
            else if (!document.Paragraphs.Any(p => In(p.Text, [word]).Any()))
                errors.Add(new ContentError(file, document.Meta.LineOf("sic"), $"sic '{word}' does not occur in the text as a whole word", Advisory: true));
        }
    }

    private static bool IsWordChar(string text, int index) => index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
