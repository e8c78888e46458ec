using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Subjects;

/// <summary>
/// One heading of the back-of-book index: a term of the editors' subject index, spelled as the editors first wrote it,
/// with every passage indexed under it in reading order (the paper's, then each commentary's) and the fragment the
/// index page gives it (<c>blue-helmets</c>), so that "Indexed under: blue helmets" on a search result can lead to it.
/// </summary>
public sealed record SubjectHeading(string Term, string Anchor, IReadOnlyList<Passage> Passages)
{
    /// <summary>The letter the heading is filed under: its first letter, or "0–9" for a term that opens with a digit.</summary>
    public string Initial => char.IsAsciiDigit(Term[0]) ? "0–9" : char.ToUpperInvariant(Term[0]).ToString();

    /// <summary>Its passages, a document at a time: the paper's items and paragraphs, then each commentary's paragraphs.</summary>
    public IEnumerable<IGrouping<Document, Passage>> ByDocument => Passages.GroupBy(p => p.Document);

    /// <summary>
    /// The other headings that name the same subject ("terrorism": "counter-terrorism", "counterterrorism"), A–Z, as a
    /// book's index prints "see also" (<see cref="SubjectHeadings.SameSubject"/>); empty for most.
    /// </summary>
    public IReadOnlyList<SubjectHeading> SeeAlso { get; internal set; } = [];
}
