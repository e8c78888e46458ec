using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Publishing;
using GsiPortal.Core.Rights;

namespace GsiPortal.Core.Tests.Publishing;

/// <summary>The EPUB of the real edition: its container, its metadata, the site's anchors, the contents, epubcheck.</summary>
public class EpubBookTests
{
    private static readonly Lazy<byte[]> Book = new(() => EpubBook.Build(RealContent.Library));
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public void TheMimetypeComesFirstStoredUncompressedWithoutExtraField()
    {
        var bytes = Book.Value;
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8)); // compression method 0: stored
        var nameLength = BitConverter.ToUInt16(bytes, 26);
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28)); // no extra field before the content
        Assert.Equal("mimetype", Encoding.ASCII.GetString(bytes, 30, nameLength));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 30 + nameLength, 20));
    }

    [Fact]
    public void TheContainerNamesThePackageAndThePackageStatesTheEdition()
    {
        var files = Files();
        var container = XDocument.Parse(files["META-INF/container.xml"]);
        Assert.Equal("OEBPS/package.opf", container.Descendants().Single(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value);

        var opf = XDocument.Parse(files["OEBPS/package.opf"]);
        var library = RealContent.Library;
        Assert.Equal($"urn:gsiportal:edition:{library.Version}", opf.Descendants(Dc + "identifier").Single().Value);
        Assert.StartsWith(library.Paper.Title, opf.Descendants(Dc + "title").Single().Value);
        Assert.Equal("en", opf.Descendants(Dc + "language").Single().Value);
        Assert.Equal(ReuseStatement.Full, opf.Descendants(Dc + "rights").Single().Value);
        var modified = opf.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", modified);
        Assert.StartsWith(library.Stamp.DateIso!, modified);
        // Every file in the manifest is in the book.
        foreach (var href in opf.Descendants(Opf + "item").Select(i => i.Attribute("href")!.Value))
            Assert.True(files.ContainsKey("OEBPS/" + href), $"{href} is in the manifest but not in the book");
    }

    [Fact]
    public void ThePapersAuthorIsTheBooksCreatorAndEachCommentatorAContributorAsCommentator()
    {
        // All four commentators and the ministry were contributors, and reading systems showed no author (a reviewer).
        var opf = XDocument.Parse(Files()["OEBPS/package.opf"]);
        var library = RealContent.Library;
        var creator = opf.Descendants(Dc + "creator").Single();
        Assert.Equal(library.Paper.Author, creator.Value);
        string Role(XElement e) => opf.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("refines") == "#" + e.Attribute("id")!.Value && (string?)m.Attribute("property") == "role").Value;
        Assert.Equal("aut", Role(creator));
        var contributors = opf.Descendants(Dc + "contributor").ToList();
        Assert.Equal(library.Commentaries.Select(c => c.Author).Distinct(), contributors.Select(c => c.Value));
        Assert.All(contributors, c => Assert.Equal("cwt", Role(c)));
    }

    [Fact]
    public void TheTitlePageSaysWhereTheEditionIsOnlineAndHowToCiteIt()
    {
        var library = RealContent.Library;
        var bare = Parse(Files()["OEBPS/title.xhtml"]).Descendants(Xhtml + "p").Select(p => p.Value).ToList();
        Assert.Contains(bare, p => p.Contains($"/editions/{library.Version}", StringComparison.Ordinal) && p.Contains("/how-to-cite", StringComparison.Ordinal));
        var named = Files(EpubBook.Build(library, "https://gsi.example.org"));
        Assert.Contains(Parse(named["OEBPS/title.xhtml"]).Descendants(Xhtml + "p"),
            p => p.Value.Contains($"https://gsi.example.org/editions/{library.Version}", StringComparison.Ordinal) && p.Value.Contains("https://gsi.example.org/how-to-cite", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAnchorOfTheSiteIsAnIdInTheBookWithTheSourcesWords()
    {
        var ids = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
        foreach (var (name, text) in Files().Where(f => f.Key.EndsWith(".xhtml", StringComparison.Ordinal)))
            foreach (var element in Parse(text).Descendants().Where(e => e.Attribute("id") is not null))
            {
                var key = name + "#" + element.Attribute("id")!.Value;
                Assert.False(ids.ContainsKey(key), $"{key} is given twice");
                ids[key] = [element];
            }
        var library = RealContent.Library;
        foreach (var document in library.Documents)
            foreach (var paragraph in document.Paragraphs)
            {
                var file = "OEBPS/" + (paragraph.Part is { } part ? BookContents.PartFile(part) : BookContents.CommentaryFile((GsiPortal.Core.Content.Commentary)document));
                Assert.True(ids.ContainsKey($"{file}#{paragraph.Anchor}"), $"{paragraph.Anchor} of {document.Id} is missing from {file}");
                foreach (var sentence in paragraph.Sentences)
                {
                    var id = AddressBook.SentenceId(paragraph, sentence);
                    Assert.True(ids.TryGetValue($"{file}#{id}", out var found), $"{id} of {document.Id} is missing from {file}");
                    Assert.Equal(sentence.Text, found![0].Value);
                }
            }
        foreach (var item in library.Paper.Items)
            Assert.True(ids.ContainsKey($"OEBPS/{BookContents.PartFile(item.Part)}#{item.Anchor}"), $"{item.Anchor} is missing");
        var commitment4 = ids["OEBPS/paper-commitments.xhtml#commitment-4-s1"][0].Value;
        Assert.Equal(library.Paper.FindPart("commitments")!.FindItem(4)!.Title, commitment4);
    }

    [Fact]
    public void TheContentsListEveryPartItemAndCommentary()
    {
        var nav = Parse(Files()["OEBPS/nav.xhtml"]);
        var links = nav.Descendants(Xhtml + "a").ToDictionary(a => a.Attribute("href")!.Value, a => a.Value);
        var library = RealContent.Library;
        foreach (var part in library.Paper.Parts)
            Assert.Equal(part.Heading, links[$"{BookContents.PartFile(part)}#{part.Slug}"]);
        foreach (var item in library.Paper.Items)
            Assert.Equal($"{item.Label}: {item.Heading}", links[$"{BookContents.PartFile(item.Part)}#{item.Anchor}"]);
        foreach (var commentary in library.Commentaries)
            Assert.StartsWith(commentary.Title, links[BookContents.CommentaryFile(commentary)]);
        // The editors' labels are marked as theirs.
        Assert.All(library.Paper.Items.Where(i => i.HeadingIsEditors), item =>
            Assert.Contains(nav.Descendants(Xhtml + "span"), s => (string?)s.Attribute("class") == "editors" && s.Value == item.EditorsLabel));
    }

    [Fact]
    public void EachDocumentCarriesItsEditorialNotesAndTheTitlePageNamesTheEdition()
    {
        var files = Files();
        var library = RealContent.Library;
        var paperNotes = Parse(files["OEBPS/paper.xhtml"]).Descendants(Xhtml + "li").Select(li => li.Value).ToList();
        Assert.Equal(library.Paper.Meta.EditorialNotes, paperNotes);
        foreach (var commentary in library.Commentaries)
        {
            var notes = Parse(files["OEBPS/" + BookContents.CommentaryFile(commentary)]).Descendants(Xhtml + "li").Select(li => li.Value).ToList();
            Assert.Equal(commentary.Meta.EditorialNotes, notes);
        }
        Assert.NotEmpty(library.Documents.SelectMany(d => d.Meta.EditorialNotes));
        var title = Parse(files["OEBPS/title.xhtml"]).Root!.Value;
        Assert.Contains(library.Version, title);
        Assert.Contains(library.Stamp.DateDisplay!, title);
        Assert.Contains(ReuseStatement.Texts, title);
    }

    [Fact]
    public void OneEditionAlwaysGivesTheSameBytes() => Assert.Equal(Book.Value, EpubBook.Build(RealContent.Library));

    [SkippableFact]
    public void DebiansEpubcheckFindsNoError()
    {
        var epubcheck = ExternalTool.Require("epubcheck", "epubcheck");
        var file = Path.Combine(Path.GetTempPath(), $"gsiportal-{Guid.NewGuid():N}.epub");
        File.WriteAllBytes(file, Book.Value);
        try
        {
            var (code, output) = ExternalTool.Run(epubcheck, file);
            Assert.True(code == 0, output);
            Assert.DoesNotContain("ERROR", output, StringComparison.Ordinal);
            Assert.DoesNotContain("FATAL", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Dictionary<string, string> Files(byte[]? book = null)
    {
        using var zip = new ZipArchive(new MemoryStream(book ?? Book.Value), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Parses an XHTML file as XML: well-formedness is part of what is tested. The HTML5 doctype has no DTD to read.</summary>
    private static XDocument Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
