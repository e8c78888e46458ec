using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The whole edition as a PDF for print: a title page naming the edition, a contents page with page numbers, then the
/// paper part by part and each commentary, every one starting on a new page. Running heads name the document and the
/// part; the paper's references (II.4) and paragraph numbers stand in the outer margin beside the text; pages are
/// numbered at the foot. The texts are set from their paragraphs' own words; the editors' headings and notes are set
/// in a different face (sans, italic), as the site sets them apart.
/// </summary>
public static class PdfBook
{
    public const string MediaType = "application/pdf";

    public static byte[] Build(ContentLibrary library, BookPaper paper)
    {
        PdfFonts.Install();
        var book = new PdfLayout(library, paper);
        return book.Build();
    }
}

/// <summary>One PDF being laid out: a cursor down the current page, pages added as the text needs them.</summary>
internal sealed class PdfLayout
{
    private const double Left = 96, Right = 64, Top = 78, Bottom = 66, MarginColumn = 40;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XFont Body = new(PdfFonts.Serif, 10.5, XFontStyleEx.Regular, Unicode);
    private static readonly XFont BodyBold = new(PdfFonts.Serif, 10.5, XFontStyleEx.Bold, Unicode);
    private static readonly XFont Title = new(PdfFonts.Serif, 20, XFontStyleEx.Bold, Unicode);
    private static readonly XFont PartFont = new(PdfFonts.Serif, 15, XFontStyleEx.Bold, Unicode);
    private static readonly XFont Section = new(PdfFonts.Serif, 12, XFontStyleEx.Bold, Unicode);
    private static readonly XFont Small = new(PdfFonts.Serif, 9, XFontStyleEx.Regular, Unicode);
    private static readonly XFont Head = new(PdfFonts.Serif, 8.5, XFontStyleEx.Italic, Unicode);
    private static readonly XFont Editors = new(PdfFonts.Sans, 9.5, XFontStyleEx.Italic, Unicode);
    private static readonly XFont EditorsHeading = new(PdfFonts.Sans, 10.5, XFontStyleEx.BoldItalic, Unicode);
    private static readonly XFont Margin = new(PdfFonts.Sans, 8, XFontStyleEx.Regular, Unicode);
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XBrush EditorsBrush = new XSolidBrush(XColor.FromArgb(74, 58, 0));

    private readonly ContentLibrary library;
    private readonly BookPaper paper;
    private readonly PdfDocument document = new();
    private readonly List<ContentsEntry> contents = [];
    private PdfPage? page;
    private XGraphics? gfx;
    private double y;

    public PdfLayout(ContentLibrary library, BookPaper paper)
    {
        this.library = library;
        this.paper = paper;
    }

    private double Width => page!.Width.Point - Left - Right;
    private double Floor => page!.Height.Point - Bottom;

    public byte[] Build()
    {
        var p = library.Paper;
        document.Info.Title = $"{p.Title} and commentaries";
        document.Info.Author = string.Join("; ", library.Documents.Select(d => d.Author).Distinct(StringComparer.Ordinal));
        document.Info.Subject = $"GsiPortal edition {library.Stamp.Version}";
        document.Info.Keywords = ReuseStatement.Full;
        var stamped = (library.Stamp.Date ?? new DateOnly(p.Date.Year, 1, 1)).ToDateTime(TimeOnly.MinValue);
        document.Info.CreationDate = stamped;
        document.Info.ModificationDate = stamped;

        TitlePage();
        var contentsPages = ReserveContents();
        Paper(p);
        foreach (var commentary in library.Commentaries) Commentary(commentary);
        gfx?.Dispose();
        gfx = null;
        WriteContents(contentsPages);

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private void TitlePage()
    {
        NewPage(null, null);
        y += 120;
        Lines(library.Paper.Title, Title, XBrushes.Black, 0, 26);
        y += 10;
        Lines(BookContents.Byline(library.Paper), Body, XBrushes.Black, 0, 15);
        Lines($"With {library.Commentaries.Count} commentaries: " + string.Join("; ", library.Commentaries.Select(c => c.Attribution)) + ".", Body, XBrushes.Black, 0, 15);
        y += 30;
        var edition = $"GsiPortal edition {library.Stamp.Version}" + (library.Stamp.DateDisplay is { } d ? $", {d}" : "") + $". Laid out for {paper}.";
        Lines(edition, Editors, EditorsBrush, 0, 13);
        y += 20;
        Lines(ReuseStatement.Texts, Small, Grey, 0, 12);
        Lines(ReuseStatement.Apparatus, Small, Grey, 0, 12);
    }

    /// <summary>The contents' lines are known before the body is set: count them and keep that many pages.</summary>
    private List<PdfPage> ReserveContents()
    {
        var entries = Entries().ToList();
        NewPage(null, null);
        document.Outlines.Add("Contents", page!);
        var perPage = (int)((Floor - Top - 40) / 14);
        var lines = entries.Sum(e => Wrap(e.Text, e.Level == 0 ? BodyBold : Body, Width - 40 - e.Level * 14).Count);
        var pages = new List<PdfPage> { page! };
        for (var i = perPage; i < lines; i += perPage)
        {
            NewPage(null, null);
            pages.Add(page!);
        }
        return pages;
    }

    /// <summary>Every entry of the contents, in the order the body sets them.</summary>
    private IEnumerable<(int Level, string Text)> Entries()
    {
        yield return (0, library.Paper.Title);
        foreach (var part in library.Paper.Parts)
        {
            yield return (1, part.Heading);
            foreach (var item in part.Items) yield return (2, $"{item.Reference}  {BookContents.ItemEntry(item)}");
        }
        foreach (var c in library.Commentaries) yield return (0, $"{c.Title} — {c.Attribution}");
    }

    private void Paper(Paper p)
    {
        NewPage(p.ShortTitle, null);
        Mark(0, p.Title);
        Front(p);
        foreach (var part in p.Parts)
        {
            NewPage(p.ShortTitle, part.Heading);
            Mark(1, part.Heading);
            Heading(part.Heading, PartFont, 22);
            foreach (var para in part.Introduction) ParagraphText(para);
            foreach (var item in part.Items)
            {
                Keep(60);
                Mark(2, $"{item.Reference}  {BookContents.ItemEntry(item)}", item.EditorsLabel);
                y += 6;
                gfx!.DrawString(item.Reference, Margin, Grey, new XRect(Left - MarginColumn - 10, y, MarginColumn, 14), XStringFormats.TopRight);
                if (item.HeadingIsEditors)
                {
                    var label = item.Label + " · ";
                    gfx.DrawString(label, Section, XBrushes.Black, Left, y + 11);
                    gfx.DrawString(item.EditorsLabel!, EditorsHeading, EditorsBrush, Left + gfx.MeasureString(label, Section).Width, y + 11);
                    y += 18;
                }
                else
                {
                    Heading(item.Label, Section, 18);
                }
                foreach (var para in item.Paragraphs) ParagraphText(para);
            }
            if (part.Closing.Count > 0 && part.ClosingHeading is { } closing)
            {
                Keep(50);
                y += 6;
                Lines(closing, EditorsHeading, EditorsBrush, 0, 16);
            }
            foreach (var para in part.Closing) ParagraphText(para);
        }
    }

    private void Commentary(Commentary c)
    {
        NewPage(c.ShortTitle, c.Attribution);
        Mark(0, $"{c.Title} — {c.Attribution}");
        Front(c);
        string? heading = null;
        foreach (var para in c.Paragraphs)
        {
            if (para.SectionHeading is { } h && h != heading)
            {
                Keep(50);
                y += 6;
                Lines(heading = h, Section, XBrushes.Black, 0, 16);
            }
            ParagraphText(para);
        }
    }

    /// <summary>Title, byline, source and the editorial notes of a document.</summary>
    private void Front(Document d)
    {
        Lines(d.Title, Title, XBrushes.Black, 0, 25);
        Lines(BookContents.Byline(d), Body, XBrushes.Black, 0, 14);
        foreach (var (label, value) in BookContents.SourceLines(d)) Lines($"{label}: {value}", Small, Grey, 0, 12);
        if (d.Meta.EditorialNotes.Count > 0)
        {
            y += 8;
            Lines("Editorial notes", EditorsHeading, EditorsBrush, 0, 15);
            foreach (var note in d.Meta.EditorialNotes) Lines("– " + note, Editors, EditorsBrush, 8, 13);
        }
        y += 12;
    }

    private void ParagraphText(Paragraph paragraph)
    {
        var lines = Wrap(paragraph.Text, Body, Width);
        if (y + Math.Min(lines.Count, 2) * 14.5 > Floor) Continue();
        if (paragraph.Number is { } number)
            gfx!.DrawString(number, Margin, Grey, new XRect(Left - MarginColumn - 10, y, MarginColumn, 14), XStringFormats.TopRight);
        foreach (var line in lines)
        {
            if (y + 14.5 > Floor) Continue();
            Draw(gfx!, line, Body, XBrushes.Black, Left, y + 10.5);
            y += 14.5;
        }
        y += 6;
    }

    private void Heading(string text, XFont font, double lineHeight)
    {
        Lines(text, font, XBrushes.Black, 0, lineHeight);
        y += 2;
    }

    /// <summary>Sets wrapped lines at the cursor, going on to a new page when the page is full.</summary>
    private void Lines(string text, XFont font, XBrush brush, double indent, double lineHeight)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            if (y + lineHeight > Floor) Continue();
            Draw(gfx!, line, font, brush, Left + indent, y + font.Size);
            y += lineHeight;
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points are left, so a heading is never alone at a foot.</summary>
    private void Keep(double height)
    {
        if (y + height > Floor) Continue();
    }

    /// <summary>A page of the same document and part as the one before.</summary>
    private void Continue() => NewPage(currentTitle, currentPart);

    private string? currentTitle, currentPart;

    private void NewPage(string? runningTitle, string? runningPart)
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = paper == BookPaper.Letter ? PdfSharp.PageSize.Letter : PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        currentTitle = runningTitle;
        currentPart = runningPart;
        var number = document.PageCount;
        if (runningTitle is not null)
        {
            Draw(gfx, runningTitle, Head, Grey, Left, Top - 30);
            if (runningPart is not null)
                gfx.DrawString(runningPart, Head, Grey, new XRect(Left, Top - 40, Width, 12), XStringFormats.TopRight);
            gfx.DrawLine(new XPen(XColors.Gray, 0.4), Left, Top - 24, Left + Width, Top - 24);
        }
        if (number > 1)
            gfx.DrawString(number.ToString(System.Globalization.CultureInfo.InvariantCulture), Small, Grey,
                new XRect(Left, page.Height.Point - Bottom + 24, Width, 12), XStringFormats.TopCenter);
        y = Top;
    }

    /// <summary>Remembers where a contents entry starts, and adds it to the PDF's outline (bookmarks) too.</summary>
    private void Mark(int level, string text, string? editors = null)
    {
        contents.Add(new ContentsEntry(level, text, page!, document.PageCount) { Editors = editors });
        PdfOutline? parent = null;
        for (var i = contents.Count - 2; i >= 0 && level > 0; i--)
            if (contents[i].Level < level) { parent = contents[i].Outline; break; }
        var outline = (parent?.Outlines ?? document.Outlines).Add(text, page!, level == 0);
        contents[^1].Outline = outline;
    }

    private void WriteContents(List<PdfPage> pages)
    {
        var index = 0;
        var p = pages[index];
        var g = XGraphics.FromPdfPage(p);
        var top = Top;
        g.DrawString("Contents", PartFont, XBrushes.Black, Left, top + 15);
        var cursor = top + 40;
        foreach (var entry in contents)
        {
            var font = entry.Level == 0 ? BodyBold : Body;
            var indent = entry.Level * 14;
            var lines = Wrap(entry.Text, font, Width - 40 - indent, g);
            if (entry.Level == 0) cursor += 6;
            for (var i = 0; i < lines.Count; i++)
            {
                if (cursor + 14 > p.Height.Point - Bottom && index + 1 < pages.Count)
                {
                    g.Dispose();
                    p = pages[++index];
                    g = XGraphics.FromPdfPage(p);
                    cursor = top;
                }
                var split = entry.Editors is { } label && i == lines.Count - 1 && lines[i].EndsWith(label, StringComparison.Ordinal) ? lines[i].Length - label.Length : -1;
                if (split < 0)
                    Draw(g, lines[i], font, XBrushes.Black, Left + indent, cursor + 10.5);
                else
                {
                    // The editors' label in their face, so the contents never pass it off as the paper's words.
                    var own = lines[i][..split];
                    g.DrawString(own, font, XBrushes.Black, Left + indent, cursor + 10.5);
                    g.DrawString(entry.Editors!, Editors, EditorsBrush, Left + indent + g.MeasureString(own, font).Width, cursor + 10.5);
                }
                if (i == lines.Count - 1)
                    g.DrawString(entry.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black,
                        new XRect(Left, cursor, Width, 14), XStringFormats.TopRight);
                // The whole line links to its page, as a reader of a PDF expects.
                var rect = g.Transformer.WorldToDefaultPage(new XRect(Left + indent, cursor, Width - indent, 14));
                p.AddDocumentLink(new PdfRectangle(rect), entry.PageNumber);
                cursor += 14;
            }
        }
        g.Dispose();
    }

    /// <summary>Greedy word wrap at the measured width; a word longer than the line stands alone.</summary>
    private List<string> Wrap(string text, XFont font, double width, XGraphics? on = null)
    {
        var measure = on ?? gfx ?? throw new InvalidOperationException("no page to measure on");
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(measure, candidate, font) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>
    /// Draws text in its font, but runs of Chinese characters in the Chinese face: PDFsharp takes every glyph from the
    /// one font it is given, and DejaVu has none for them.
    /// </summary>
    private static void Draw(XGraphics g, string text, XFont font, XBrush brush, double x, double baseline)
    {
        foreach (var (run, chinese) in Runs(text))
        {
            var face = chinese ? ChineseFont(font.Size) : font;
            g.DrawString(run, face, brush, x, baseline);
            x += g.MeasureString(run, face).Width;
        }
    }

    private static double Measure(XGraphics g, string text, XFont font) =>
        Runs(text).Sum(r => g.MeasureString(r.Text, r.Chinese ? ChineseFont(font.Size) : font).Width);

    private static readonly Dictionary<double, XFont> ChineseFonts = [];

    private static XFont ChineseFont(double size)
    {
        lock (ChineseFonts)
        {
            if (!ChineseFonts.TryGetValue(size, out var font))
                ChineseFonts[size] = font = new XFont(PdfFonts.Chinese, size, XFontStyleEx.Regular, Unicode);
            return font;
        }
    }

    /// <summary>The text cut where it passes into or out of the CJK blocks.</summary>
    private static IEnumerable<(string Text, bool Chinese)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || IsChinese(text[i]) != IsChinese(text[start]))
            {
                yield return (text[start..i], IsChinese(text[start]));
                start = i;
            }
    }

    private static bool IsChinese(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private sealed class ContentsEntry(int level, string text, PdfPage page, int pageNumber)
    {
        public int Level { get; } = level;
        public string Text { get; } = text;
        public PdfPage Page { get; } = page;
        public int PageNumber { get; } = pageNumber;
        public PdfOutline? Outline { get; set; }
        /// <summary>The editors' label at the end of the entry, set in their face.</summary>
        public string? Editors { get; init; }
    }
}
