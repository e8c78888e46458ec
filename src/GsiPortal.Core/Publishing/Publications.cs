using GsiPortal.Core.Content;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The edition's books, each built the first time it is asked for and then kept with the edition: nothing is laid out
/// per request, and an edition nobody downloads never pays for them. A new content version is a new edition, so
/// a new set.
/// </summary>
public sealed class Publications(ContentLibrary library)
{
    private readonly Lazy<byte[]> epub = new(() => EpubBook.Build(library));
    private readonly Lazy<byte[]> a4 = new(() => PdfBook.Build(library, BookPaper.A4));
    private readonly Lazy<byte[]> letter = new(() => PdfBook.Build(library, BookPaper.Letter));

    public byte[] Epub => epub.Value;

    public byte[] Pdf(BookPaper paper) => paper == BookPaper.Letter ? letter.Value : a4.Value;
}
