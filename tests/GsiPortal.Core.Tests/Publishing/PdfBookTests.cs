using System.Text.RegularExpressions;
using GsiPortal.Core.Publishing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GsiPortal.Core.Tests.Publishing;

/// <summary>The PDF of the real edition: it opens, has its pages and outline, and its text is the paper's.</summary>
public class PdfBookTests
{
    private static readonly Lazy<byte[]> A4 = new(() => PdfBook.Build(RealContent.Library, BookPaper.A4));

    [Fact]
    public void ItOpensWithPdfSharpsReaderAndHasAPageSizeAndAnOutlineOfEveryItem()
    {
        using var pdf = PdfReader.Open(new MemoryStream(A4.Value), PdfDocumentOpenMode.Import);
        var library = RealContent.Library;
        // A title page, contents, the paper's front and four parts, four commentaries: many more pages than that.
        Assert.True(pdf.PageCount > 20, $"only {pdf.PageCount} pages");
        Assert.Equal(595, pdf.Pages[0].Width.Point, 0);
        Assert.Equal(842, pdf.Pages[0].Height.Point, 0);
        var titles = Flatten(pdf.Outlines).Select(o => o.Title).ToList();
        Assert.Equal("Contents", titles[0]);
        foreach (var item in library.Paper.Items)
            Assert.Contains($"{item.Reference}  {BookContents.ItemEntry(item)}", titles);
        foreach (var commentary in library.Commentaries)
            Assert.Contains($"{commentary.Title} — {commentary.Attribution}", titles);
        Assert.Contains(library.Version, pdf.Info.Subject);
    }

    [Fact]
    public void LetterIsLaidOutOnLetter()
    {
        using var pdf = PdfReader.Open(new MemoryStream(PdfBook.Build(RealContent.Library, BookPaper.Letter)), PdfDocumentOpenMode.Import);
        Assert.Equal(612, pdf.Pages[0].Width.Point, 0);
        Assert.Equal(792, pdf.Pages[^1].Height.Point, 0);
    }

    [SkippableFact]
    public void ItsTextHasTheEditorsNotesAndAContentsPageWithPageNumbers()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var file = Path.Combine(Path.GetTempPath(), $"gsiportal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, A4.Value);
        try
        {
            var (code, all) = ExternalTool.Run(pdftotext, file, "-");
            Assert.True(code == 0, all);
            // The paragraphs word for word, across page breaks, are checked in PdfTaggingTests (structure tree and pdftotext).

            // The editors' notes, including the Chinese a note quotes (set from the Chinese face, not DejaVu's boxes).
            foreach (var note in RealContent.Library.Documents.SelectMany(d => d.Meta.EditorialNotes))
                Assert.Contains(OneSpace(note), OneSpace(all));
            Assert.Contains(RealContent.Library.Documents.SelectMany(d => d.Meta.EditorialNotes), n => n.Contains("简体", StringComparison.Ordinal));

            var (_, contents) = ExternalTool.Run(pdftotext, "-f", "2", "-l", "2", "-layout", file, "-");
            Assert.StartsWith("Contents", contents.TrimStart());
            var line = contents.Split('\n').Single(l => Regex.IsMatch(l, @"(?<![IVX])II\.4\b"));
            var page = int.Parse(Regex.Match(line, @"(\d+)\s*$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            // The page the contents name for commitment 4 holds its heading.
            var (_, target) = ExternalTool.Run(pdftotext, "-f", $"{page}", "-l", $"{page}", file, "-");
            Assert.Contains("II.4", target);
            Assert.Contains("Commitment 4", target);
            SaveImage(file, page);

            // The title page says where the edition is online and how to cite it (a reviewer: the file alone led nowhere).
            var (_, title) = ExternalTool.Run(pdftotext, "-f", "1", "-l", "1", file, "-");
            Assert.Contains($"/editions/{RealContent.Library.Version}", OneSpace(title));
            Assert.Contains("/how-to-cite", OneSpace(title));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public void NoWordRunsPastTheRightMargin()
    {
        // Commitment 1's heading with its editors' label ran to the page's edge (a reviewer): every word's box, as
        // poppler places it, ends inside the text column (A4: 595 pt wide, a 64 pt right margin).
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var file = Path.Combine(Path.GetTempPath(), $"gsiportal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, A4.Value);
        try
        {
            var (code, boxes) = ExternalTool.Run(pdftotext, "-bbox", file, "-");
            Assert.True(code == 0, boxes);
            var words = Regex.Matches(boxes, @"<word xMin=""[\d.]+"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>");
            Assert.True(words.Count > 5000, $"{words.Count} words");
            var past = words.Where(w => double.Parse(w.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 595 - 64 + 2)
                .Select(w => $"{w.Groups[2].Value} ({w.Groups[1].Value})").ToList();
            Assert.True(past.Count == 0, "past the margin: " + string.Join(", ", past));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Keeps a picture of one page beside the test results, where a tool to draw it is installed.</summary>
    private static void SaveImage(string file, int page)
    {
        var pdftoppm = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(d => Path.Combine(d, "pdftoppm")).FirstOrDefault(File.Exists);
        if (pdftoppm is null) return;
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        ExternalTool.Run(pdftoppm, "-f", $"{page}", "-l", $"{page}", "-r", "80", "-png", "-singlefile", file, Path.Combine(folder, "edition-commitment-4"));
        ExternalTool.Run(pdftoppm, "-f", "2", "-l", "2", "-r", "80", "-png", "-singlefile", file, Path.Combine(folder, "edition-contents"));
    }

    private static string OneSpace(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static IEnumerable<PdfOutline> Flatten(PdfOutlineCollection outlines) =>
        outlines.SelectMany(o => new[] { o }.Concat(Flatten(o.Outlines)));
}
