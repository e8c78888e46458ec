using GsiPortal.Core.Content;

namespace GsiPortal.Core.Links;

/// <summary>One occurrence of a key term: the paragraph and the characters it spans.</summary>
public sealed record TermOccurrence(Paragraph Paragraph, int Start, int End)
{
    public string Text => Paragraph.Text[Start..End];
    public string Url => Addresses.Paragraph(Paragraph);
}

/// <summary>
/// A key term of the corpus: a repeated multi-word phrase, or an abbreviation the paper defines, with every
/// occurrence in the paper and the commentaries.
/// </summary>
public sealed record KeyTerm(string Slug, string Phrase, bool IsAbbreviation, string? LongForm, double Score, IReadOnlyList<TermOccurrence> Occurrences)
{
    public int Count => Occurrences.Count;

    /// <summary>Occurrences per document, in the library's order, including documents with none.</summary>
    public IReadOnlyList<(Document Document, int Count)> PerDocument(ContentLibrary library) =>
        library.Documents.Select(d => (d, Occurrences.Count(o => o.Paragraph.Document == d))).ToList();
}
