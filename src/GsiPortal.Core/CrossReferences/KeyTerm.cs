using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>One occurrence of a key term: the paragraph and the characters it spans.</summary>
public sealed record TermOccurrence(Paragraph Paragraph, int Start, int End)
{
    public string Text => Paragraph.Text[Start..End];
    public string Url => AddressBook.Paragraph(Paragraph);

    /// <summary>Up to <see cref="ContextWidth"/> characters either side, cut at a word, for a keyword-in-context line.</summary>
    public (string Left, string Right) Context { get; } = ContextOf(Paragraph.Text, Start, End);

    public const int ContextWidth = 70;

    private static (string Left, string Right) ContextOf(string text, int start, int end)
    {
        var from = Math.Max(0, start - ContextWidth);
        if (from > 0) from = text.IndexOf(' ', from) is var space and >= 0 && space < start ? space + 1 : from;
        var to = Math.Min(text.Length, end + ContextWidth);
        if (to < text.Length) to = text.LastIndexOf(' ', to) is var space2 && space2 > end ? space2 : to;
        return ((from > 0 ? "… " : "") + text[from..start], text[end..to] + (to < text.Length ? " …" : ""));
    }
}

/// <summary>
/// A key term: a concept of the editors' glossary with the paper's sentence that states it
/// (<see cref="Definition"/>), or an abbreviation the paper defines; with every occurrence in the paper and the
/// commentaries. <see cref="Score"/> is a candidate's rank from phrase discovery, 0 for the glossary's terms.
/// </summary>
public sealed record KeyTerm(string Slug, string Phrase, bool IsAbbreviation, string? LongForm, double Score, IReadOnlyList<TermOccurrence> Occurrences, Passage? Definition = null)
{
    /// <summary>The editors' word on whether the texts explain the term (content/glossary.md).</summary>
    public Glossary.Explanation Explanation { get; init; } = Glossary.Explanation.NotJudged;

    /// <summary>The paper's sentence that explains the term, when the editors name one.</summary>
    public Passage? ExplainedIn { get; init; }

    /// <summary>The other spellings and variant wordings the editors list, counted with the term.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    public int Count => Occurrences.Count;

    /// <summary>Occurrences per document, in the library's order, including documents with none.</summary>
    public IReadOnlyList<(Document Document, int Count)> PerDocument(ContentLibrary library) =>
        library.Documents.Select(d => (d, Occurrences.Count(o => o.Paragraph.Document == d))).ToList();
}
