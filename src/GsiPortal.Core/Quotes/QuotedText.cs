using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// A passage as someone quoted it: its words, and the two marks a careful quoter uses to say the words are not
/// all the source's own — an ellipsis ("…", "...") where words were left out, and square brackets around words
/// put in. Both are honest when they change nothing, so the alignment and the verdict treat them apart.
/// </summary>
public sealed class QuotedText
{
    public QuotedText(string text)
    {
        Text = text;
        // An editor's note at either end ("[emphasis added]") is no word of the text: its words are left out of the compared ones.
        EditorialNotes = EditorialNote.Find(text, out var notesBefore, out var notesAfter);
        Words = Text.Length == 0 ? [] : QuoteWords.Of(text).Where(w => w.Start >= notesBefore && w.End <= notesAfter).ToList();
        var elided = new bool[Words.Count + 1];
        var bracketed = new bool[Words.Count];
        var depth = 0;
        var cursor = 0;
        for (var i = 0; i < Words.Count; i++)
        {
            var between = text[cursor..Words[i].Start];
            elided[i] = i > 0 && (between.Contains('…') || between.Contains("..."));
            foreach (var c in between) depth = c == '[' ? depth + 1 : c == ']' ? Math.Max(0, depth - 1) : depth;
            bracketed[i] = depth > 0;
            cursor = Words[i].End;
        }
        ElidedBefore = elided;
        Bracketed = bracketed;
    }

    public string Text { get; }
    public IReadOnlyList<Word> Words { get; }
    /// <summary>True at i when the quoter marked an omission (an ellipsis) between word i−1 and word i.</summary>
    public IReadOnlyList<bool> ElidedBefore { get; }
    /// <summary>The editor's notes at the start or end, as written ("[emphasis added]"): left out of the words compared (<see cref="EditorialNote"/>).</summary>
    public IReadOnlyList<string> EditorialNotes { get; }
    /// <summary>True for words the quoter put in square brackets: their own words, declared as such.</summary>
    public IReadOnlyList<bool> Bracketed { get; }
}
