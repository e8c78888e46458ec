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
    public void ItsTextHasCommitmentFourWordForWordAndAContentsPageWithPageNumbers()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var file = Path.Combine(Path.GetTempPath(), $"gsiportal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, A4.Value);
        try
        {
            var (code, all) = ExternalTool.Run(pdftotext, file, "-");
            Assert.True(code == 0, all);
            var commitment4 = RealContent.Library.Paper.FindPart("commitments")!.FindItem(4)!;
            // Lines wrap where the page ends: compare with every run of white space as one space.
            Assert.Contains(OneSpace(commitment4.Paragraphs[0].Text), OneSpace(WithoutRunningHeads(all)));

            // The editors' notes too, including the Chinese a note quotes (set from the Chinese face, not DejaVu's boxes).
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

    /// <summary>
    /// The text without each page's running head (a document's short title, a part's heading) and number, which are
    /// set at the top and the foot of the page, so come first or last in its text: a paragraph running across a page break is compared as
    /// the reader reads it. (They are not yet marked as artifacts, so copied text still holds them: issue #25.)
    /// </summary>
    private static string WithoutRunningHeads(string all)
    {
        var heads = RealContent.Library.Documents.Select(d => d.ShortTitle)
            .Concat(RealContent.Library.Paper.Parts.Select(p => p.Heading)).ToHashSet();
        return string.Join("\n", all.Split('\f').Select(page =>
        {
            var lines = page.Split('\n').ToList();
            for (var i = 0; i < lines.Count; i++)
                if ((i < 6 || i >= lines.Count - 4) && (heads.Contains(lines[i].Trim()) || Regex.IsMatch(lines[i].Trim(), @"^\d+$"))) lines[i] = "";
            return string.Join("\n", lines);
        }));
    }

    private static IEnumerable<PdfOutline> Flatten(PdfOutlineCollection outlines) =>
        outlines.SelectMany(o => new[] { o }.Concat(Flatten(o.Outlines)));
}
