using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// The sentence a hit's snippet was cut from, found by where its first marked word stands, so that a result links to
/// the sentence that matched (<c>/paper/commitments/4#s7</c>), in the one fragment grammar /how-to-cite states, rather
/// than to the top of a long item (a reader's review).
/// </summary>
public static class HitSentence
{
    /// <summary>
    /// The sentence of <paramref name="passage"/> that holds the first mark of the snippet's piece cut for the query, from
    /// run <paramref name="lead"/> on (<see cref="SearchHit.SnippetLead"/>); null when it cannot be told. Not simply the
    /// first mark: where a second piece showing another word stands earlier in the text, its mark came first, and the
    /// link went to "the two world wars" rather than to "the Cold War mentality" the snippet was cut for.
    /// </summary>
    public static Passage? Of(IReadOnlyList<TextRun> snippet, Passage passage, int lead = 0)
    {
        var text = new StringBuilder();
        var markAt = -1;
        for (var i = 0; i < snippet.Count; i++)
        {
            if (snippet[i].Marked && markAt < 0 && i >= lead) markAt = text.Length;
            text.Append(snippet[i].Text);
        }
        return markAt < 0 ? null : At(text.ToString(), markAt, passage);
    }

    /// <summary>
    /// The sentence of <paramref name="passage"/> a snippet opens with: a result found by meaning is shown from its
    /// sentence nearest the query, with nothing marked (no word of the query need be in it), and links there as a
    /// keyword result links to its marked sentence. Null when it cannot be told.
    /// </summary>
    public static Passage? Opening(IReadOnlyList<TextRun> snippet, Passage passage)
    {
        var all = string.Concat(snippet.Select(r => r.Text));
        var start = 0;
        while (start < all.Length && (all[start] == '…' || char.IsWhiteSpace(all[start]))) start++;
        return start < all.Length ? At(all, start, passage) : null;
    }

    private static Passage? At(string all, int markAt, Passage passage)
    {
        // The snippet is pieces of the paragraph joined by "…": the piece the mark is in stands in the text as it is.
        var from = markAt == 0 ? -1 : all.LastIndexOf('…', markAt - 1);
        var start = from + 1;
        var end = all.IndexOf('…', markAt) is var next and >= 0 ? next : all.Length;
        while (start < markAt && char.IsWhiteSpace(all[start])) start++;
        var piece = all[start..end].TrimEnd();
        foreach (var paragraph in passage.Paragraphs)
        {
            var at = paragraph.Text.IndexOf(piece, StringComparison.Ordinal);
            if (at < 0) continue;
            var mark = at + markAt - start;
            var position = 0;
            foreach (var sentence in paragraph.Sentences)
            {
                var s = paragraph.Text.IndexOf(sentence.Text, position, StringComparison.Ordinal);
                if (s < 0) return null;
                if (mark >= s && mark < s + sentence.Text.Length) return AddressBook.OfSentences(paragraph, sentence.Number, sentence.Number);
                position = s + sentence.Text.Length;
            }
        }
        return null;
    }
}
