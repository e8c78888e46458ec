using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

/// <summary>
/// The one description of a paragraph's parts that every writer of one follows — the site's pages and the EPUB: its
/// id, the number printed in its margin (null for a lone paragraph), and each sentence with the id it carries
/// everywhere. The site adds its links and marks; the book writes them plain.
/// </summary>
public sealed record ParagraphParts(string Id, string? Number, IReadOnlyList<(string Id, Sentence Sentence)> Sentences)
{
    public static ParagraphParts Of(Paragraph paragraph) =>
        new(paragraph.Anchor, paragraph.Number, paragraph.Sentences.Select(s => (AddressBook.SentenceId(paragraph, s), s)).ToList());
}
