namespace GsiPortal.Core.Addresses;

/// <summary>
/// A place in the texts as a value: a document; in the paper a part (by slug) and an item (by number), or neither; a
/// paragraph by the label readers count it by ("4", "2.1"), or a run of them; and a sentence or run of sentences.
/// Every paragraph gets its locator once, when the content is loaded, from the numbering of its kind of text; the
/// <see cref="AddressBook"/> alone turns a locator into addresses, fragments, ids and readers' labels, and back.
/// </summary>
/// <remarks>
/// Sentences are numbered within an item (through its paragraphs) or within a paragraph outside items, so a locator
/// with an item and a sentence names no paragraph. A run's last end is null when the run is one long.
/// </remarks>
public sealed record Locator(
    string Document, string? Part = null, int? Item = null, string? Paragraph = null, string? LastParagraph = null,
    int? Sentence = null, int? LastSentence = null)
{
    /// <summary>A run of paragraphs from this one's to <paramref name="last"/>'s label, one long when they are the same.</summary>
    public Locator ToParagraph(string last) => this with { LastParagraph = last == Paragraph ? null : last };

    /// <summary>Sentences <paramref name="first"/> to <paramref name="last"/> of this container.</summary>
    public Locator WithSentences(int first, int last) => this with { Sentence = first, LastSentence = last == first ? null : last };

    /// <summary>A compact, stable spelling for logs and tests: <c>paper/commitments/4/s2-3</c>, <c>lei-kezhong/¶5-6</c>.</summary>
    public override string ToString()
    {
        var text = Document;
        if (Part is not null) text += $"/{Part}";
        if (Item is { } item) text += $"/{item}";
        if (Paragraph is not null) text += $"/¶{Paragraph}" + (LastParagraph is null ? "" : $"-{LastParagraph}");
        if (Sentence is { } s) text += $"/s{s}" + (LastSentence is { } t ? $"-{t}" : "");
        return text;
    }
}
