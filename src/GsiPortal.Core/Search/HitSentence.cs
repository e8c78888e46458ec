using System.Runtime.CompilerServices;
using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
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

    /// <summary>
    /// The address of the sentence <see cref="Of"/> gives (<c>/paper/commitments/4#s7</c>), null where it gives none:
    /// what <see cref="ResultAddress"/> asks of every result of every search. The same answer, worked out with each
    /// paragraph's sentences placed in its text once (<see cref="Placed"/>), not found again by a search of the
    /// paragraph for each sentence, and each sentence's address made once; the snippet joined into a buffer of the
    /// thread's, not a new string (docs/performance.md, the twenty-third session: 4.9 % of a distinct search's request,
    /// the paragraphs searched sentence by sentence and a passage made for an address, at every result).
    /// </summary>
    public static string? AddressOf(IReadOnlyList<TextRun> snippet, Passage passage, int lead = 0)
    {
        var length = 0;
        for (var i = 0; i < snippet.Count; i++) length += snippet[i].Text.Length;
        var all = joined is { } kept && kept.Length >= length ? kept : joined = new char[Math.Max(length, 2 * (joined?.Length ?? 256))];
        var markAt = -1;
        var at = 0;
        for (var i = 0; i < snippet.Count; i++)
        {
            if (snippet[i].Marked && markAt < 0 && i >= lead) markAt = at;
            snippet[i].Text.CopyTo(all.AsSpan(at));
            at += snippet[i].Text.Length;
        }
        return markAt < 0 ? null : AddressAt(all.AsSpan(0, length), markAt, passage);
    }

    /// <summary>A thread's buffer for a snippet's runs joined (<see cref="AddressOf"/>): a search is written on one thread.</summary>
    [ThreadStatic] private static char[]? joined;

    /// <summary>As <see cref="At"/>, the sentence's address, from the paragraphs' sentences placed once.</summary>
    private static string? AddressAt(ReadOnlySpan<char> all, int markAt, Passage passage)
    {
        var from = markAt == 0 ? -1 : all[..markAt].LastIndexOf('…');
        var start = from + 1;
        var end = all[markAt..].IndexOf('…') is var next and >= 0 ? markAt + next : all.Length;
        while (start < markAt && char.IsWhiteSpace(all[start])) start++;
        var piece = all[start..end].TrimEnd();
        foreach (var paragraph in passage.Paragraphs)
        {
            var at = paragraph.Text.AsSpan().IndexOf(piece, StringComparison.Ordinal);
            if (at < 0) continue;
            var mark = at + markAt - start;
            var placed = Sentences.GetValue(paragraph, static p => new Placed(p));
            for (var k = 0; k < placed.Starts.Length; k++)
                if (mark >= placed.Starts[k] && mark < placed.Starts[k] + paragraph.Sentences[k].Text.Length) return placed.Address(paragraph, k);
            // A sentence its paragraph's text does not hold, in order, after those placed: At answers null there.
            if (placed.Broken) return null;
        }
        return null;
    }

    /// <summary>Each paragraph's sentences placed in its text, kept with the paragraph (an edition's content is never changed).</summary>
    private static readonly ConditionalWeakTable<Paragraph, Placed> Sentences = new();

    /// <summary>
    /// Where each sentence of a paragraph starts in its text, found in order as <see cref="At"/> finds them, up to the
    /// first the text does not hold after the one before (<see cref="Broken"/>); and each sentence's address, made once.
    /// </summary>
    private sealed class Placed
    {
        private readonly string?[] addresses;

        public Placed(Paragraph paragraph)
        {
            var starts = new List<int>(paragraph.Sentences.Count);
            var position = 0;
            foreach (var sentence in paragraph.Sentences)
            {
                var s = paragraph.Text.IndexOf(sentence.Text, position, StringComparison.Ordinal);
                if (s < 0) { Broken = true; break; }
                starts.Add(s);
                position = s + sentence.Text.Length;
            }
            Starts = [.. starts];
            addresses = new string?[Starts.Length];
        }

        public int[] Starts { get; }

        public bool Broken { get; }

        /// <summary>The address of the paragraph's <paramref name="k"/>-th sentence (made at most a few times by threads at once, the same each time).</summary>
        public string Address(Paragraph paragraph, int k) =>
            addresses[k] ??= AddressBook.OfSentences(paragraph, paragraph.Sentences[k].Number, paragraph.Sentences[k].Number).Address;
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
