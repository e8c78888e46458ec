using System.Globalization;
using System.IO.Compression;
using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The whole edition as an EPUB 3 file: a title page naming the edition, the contents (nav.xhtml), one XHTML file per
/// part of the paper and per commentary. Paragraphs and sentences keep the ids they have on the site
/// (<c>commitment-4</c>, <c>commitment-4-s2</c>, <c>p5</c>), so a fragment cited from the site finds its place in the
/// book. Every word of the texts is the source's, escaped as XML; the editors' labels and notes are styled apart.
/// </summary>
public static class EpubBook
{
    public const string MediaType = "application/epub+zip";
    private const string Folder = "OEBPS/";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file's bytes: the <c>mimetype</c> entry first and stored uncompressed, as the OCF container requires.</summary>
    // origin: the site's public origin for the title page's addresses; null for paths alone.
    public static byte[] Build(ContentLibrary library, string? origin = null)
    {
        var stamp = library.Stamp;
        // Every entry dated by the edition, not the clock, so one edition always gives the same bytes.
        var when = new DateTimeOffset((stamp.Date ?? new DateOnly(library.Paper.Date.Year, 1, 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", MediaType, when, CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml", Container, when);
            Add(zip, Folder + "package.opf", Package(library, when), when);
            Add(zip, Folder + "nav.xhtml", EpubPages.Navigation(library), when);
            Add(zip, Folder + "style.css", Style, when);
            Add(zip, Folder + "title.xhtml", EpubPages.TitlePage(library, origin), when);
            Add(zip, Folder + "paper.xhtml", EpubPages.DocumentFront(library.Paper), when);
            foreach (var part in library.Paper.Parts)
                Add(zip, Folder + BookContents.PartFile(part), EpubPages.Part(library.Paper, part), when);
            foreach (var commentary in library.Commentaries)
                Add(zip, Folder + BookContents.CommentaryFile(commentary), EpubPages.Commentary(commentary), when);
        }
        return stream.ToArray();
    }

    /// <summary>The book's identifier: it names the edition's version, so two editions are two books.</summary>
    public static string Identifier(ContentLibrary library) => $"urn:gsiportal:edition:{library.Version}";

    private static void Add(ZipArchive zip, string name, string text, DateTimeOffset when, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = when;
        using var writer = entry.Open();
        writer.Write(Utf8.GetBytes(text));
    }

    private const string Container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>
        """;

    private static string Package(ContentLibrary library, DateTimeOffset when)
    {
        var paper = library.Paper;
        var files = new List<(string Id, string File)> { ("title", "title.xhtml"), ("paper", "paper.xhtml") };
        files.AddRange(paper.Parts.Select(p => ($"part-{p.Slug}", BookContents.PartFile(p))));
        files.AddRange(library.Commentaries.Select(c => ($"commentary-{c.Id}", BookContents.CommentaryFile(c))));
        var opf = new StringBuilder();
        opf.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        opf.Append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"edition-id\" xml:lang=\"").Append(X(Language(paper))).Append("\">\n");
        opf.Append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        opf.Append("    <dc:identifier id=\"edition-id\">").Append(X(Identifier(library))).Append("</dc:identifier>\n");
        opf.Append("    <dc:title>").Append(X(paper.Title)).Append(" and commentaries</dc:title>\n");
        opf.Append("    <dc:language>").Append(X(Language(paper))).Append("</dc:language>\n");
        // The paper's author is the book's creator, which a reading system shows as its author; each commentator a
        // contributor in MARC's role "commentator for written text" (cwt). All as contributors, readers showed no author.
        opf.Append("    <dc:creator id=\"creator\">").Append(X(paper.Author)).Append("</dc:creator>\n");
        opf.Append("    <meta refines=\"#creator\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
        var n = 0;
        foreach (var author in library.Commentaries.Select(c => c.Author).Where(a => a != paper.Author).Distinct(StringComparer.Ordinal))
        {
            n++;
            opf.Append("    <dc:contributor id=\"commentator-").Append(n).Append("\">").Append(X(author)).Append("</dc:contributor>\n");
            opf.Append("    <meta refines=\"#commentator-").Append(n).Append("\" property=\"role\" scheme=\"marc:relators\">cwt</meta>\n");
        }
        opf.Append("    <dc:publisher>GsiPortal</dc:publisher>\n");
        opf.Append("    <dc:rights>").Append(X(ReuseStatement.Full)).Append("</dc:rights>\n");
        opf.Append("    <meta property=\"dcterms:modified\">").Append(when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append("</meta>\n");
        opf.Append("  </metadata>\n  <manifest>\n");
        opf.Append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        opf.Append("    <item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>\n");
        foreach (var (id, file) in files)
            opf.Append("    <item id=\"").Append(id).Append("\" href=\"").Append(file).Append("\" media-type=\"application/xhtml+xml\"/>\n");
        opf.Append("  </manifest>\n  <spine>\n");
        opf.Append("    <itemref idref=\"title\"/>\n    <itemref idref=\"nav\"/>\n");
        foreach (var (id, _) in files.Skip(1))
            opf.Append("    <itemref idref=\"").Append(id).Append("\"/>\n");
        opf.Append("  </spine>\n</package>\n");
        return opf.ToString();
    }

    internal static string Language(Document document) => string.IsNullOrWhiteSpace(document.Meta.Language) ? "en" : document.Meta.Language.Trim();

    /// <summary>XML-escapes text for element content and attribute values alike.</summary>
    internal static string X(string? text) => System.Security.SecurityElement.Escape(text ?? "");

    /// <summary>The address the site gives a document, for the reader who wants the living page.</summary>
    internal static string SiteAddress(Document document) => AddressBook.Document(document);

    private const string Style = """
        body { font-family: serif; line-height: 1.45; margin: 0 1em; }
        h1 { font-size: 1.6em; margin: 1em 0 .4em; }
        h2 { font-size: 1.3em; margin: 1.4em 0 .4em; }
        h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
        .ref { font-size: .8em; font-weight: normal; color: #555; margin-left: .4em; }
        .editors { font-family: sans-serif; font-style: italic; color: #4a3a00; }
        .pnum { font-size: .75em; color: #666; margin-right: .4em; font-family: sans-serif; }
        .meta, .notes, .rights { font-family: sans-serif; font-size: .85em; }
        .notes li { margin-bottom: .3em; }
        nav ol { list-style: none; padding-left: 1em; }
        """;
}
