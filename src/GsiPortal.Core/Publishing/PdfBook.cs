using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The whole edition as a PDF for print: a title page naming the edition, a contents page with page numbers, then the
/// paper part by part and each commentary, every one starting on a new page. Running heads name the document and the
/// part; the paper's references (II.4) and paragraph numbers stand in the outer margin beside the text; pages are
/// numbered at the foot. The texts are set from their paragraphs' own words; the editors' headings and notes are set
/// in a different face (sans, italic), as the site sets them apart. The PDF is tagged (<see cref="PdfTags"/>): a
/// structure tree of articles, sections, headings, paragraphs, lists and the contents, the language, and the running
/// heads and page numbers marked as artifacts; its XMP carries the rights statement (<see cref="PdfXmp"/>).
/// </summary>
public static class PdfBook
{
    public const string MediaType = "application/pdf";

    // origin: the site's public origin for the title page's addresses; null for paths alone.
    public static byte[] Build(ContentLibrary library, BookPaper paper, string? origin = null)
    {
        PdfFonts.Install();
        // The contents come before the pages they name, and the tagging writes a page only while it is the newest:
        // the book is laid out once to learn where each entry falls, then set again with the contents in place.
        var entries = new PdfLayout(library, paper, null, origin).Lay();
        var book = new PdfLayout(library, paper, entries, origin);
        book.Lay();
        var p = library.Paper;
        var fields = new PdfXmp.Fields(
            $"{p.Title} and commentaries",
            library.Documents.Select(d => d.Author).Distinct(StringComparer.Ordinal).ToList(),
            $"GsiPortal edition {library.Stamp.Version}",
            Language(p),
            ReuseStatement.Full,
            $"urn:gsiportal:edition:{library.Stamp.Version}");
        return book.Save(fields);
    }

    /// <summary>The language the paper's front matter states, as the whole book's (commentaries state their own where different).</summary>
    internal static string Language(Document d) => string.IsNullOrWhiteSpace(d.Meta.Language) ? "en" : d.Meta.Language;
}
