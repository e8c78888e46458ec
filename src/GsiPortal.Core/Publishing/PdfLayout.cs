using GsiPortal.Core.Content;
using GsiPortal.Core.Rights;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using static GsiPortal.Core.Publishing.PdfFaces;

namespace GsiPortal.Core.Publishing;

/// <summary>One entry of the contents (and of the outline): its level, words, the editors' label it ends with, its page.</summary>
internal sealed record BookEntry(int Level, string Text, string? Editors, int PageNumber);

/// <summary>
/// One PDF being laid out and tagged: a cursor down the current page, pages added as the text needs them, and the
/// structure tree grown in reading order beside it. Laid out without <c>known</c> entries it leaves the contents'
/// pages blank and returns where each entry fell; given them, it writes the contents in place.
/// </summary>
internal sealed partial class PdfLayout
{
    private const double Left = 96, Right = 64, Top = 78, Bottom = 66, MarginColumn = 40;

    private readonly ContentLibrary library;
    private readonly BookPaper paper;
    private readonly IReadOnlyList<BookEntry>? known;
    private readonly PdfDocument document = new();
    private readonly PdfTags tags;
    private readonly List<BookEntry> entries = [];
    private readonly List<(int Level, PdfOutline Outline)> outlines = [];
    private PdfPage? page;
    private XGraphics? gfx;
    private double y;
    private string? currentTitle, currentPart;
    private readonly string? origin;

    public PdfLayout(ContentLibrary library, BookPaper paper, IReadOnlyList<BookEntry>? known, string? origin = null)
    {
        this.library = library;
        this.origin = origin;
        this.paper = paper;
        this.known = known;
        tags = new PdfTags(document, PdfBook.Language(library.Paper));
    }

    private double Width => page!.Width.Point - Left - Right;
    private double Floor => page!.Height.Point - Bottom;

    /// <summary>Lays the whole book out; returns where each contents entry fell.</summary>
    public IReadOnlyList<BookEntry> Lay()
    {
        var p = library.Paper;
        document.Info.Title = $"{p.Title} and commentaries";
        document.Info.Author = string.Join("; ", library.Documents.Select(d => d.Author).Distinct(StringComparer.Ordinal));
        document.Info.Subject = $"GsiPortal edition {library.Stamp.Version}";
        var stamped = (library.Stamp.Date ?? new DateOnly(p.Date.Year, 1, 1)).ToDateTime(TimeOnly.MinValue);
        document.Info.CreationDate = stamped;
        document.Info.ModificationDate = stamped;

        TitlePage();
        Contents();
        Paper(p);
        foreach (var commentary in library.Commentaries) Commentary(commentary);
        tags.ClosePage();
        gfx?.Dispose();
        gfx = null;
        if (known is not null && !known.SequenceEqual(entries))
            throw new InvalidOperationException("The book's second layout put its contents entries on other pages than its first.");
        return entries;
    }

    /// <summary>The laid-out book as a file, with its XMP metadata.</summary>
    public byte[] Save(PdfXmp.Fields fields)
    {
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfXmp.Replace(stream.ToArray(), document, PdfXmp.Packet(document, fields));
    }

    private void TitlePage()
    {
        NewPage(null, null);
        y += 120;
        Set(PdfBlockLevelElementTag.Heading1, library.Paper.Title, Title, XBrushes.Black, 26);
        y += 10;
        Set(PdfBlockLevelElementTag.Paragraph, BookContents.Byline(library.Paper), Body, XBrushes.Black, 15);
        Set(PdfBlockLevelElementTag.Paragraph, $"With {library.Commentaries.Count} commentaries: " + string.Join("; ", library.Commentaries.Select(c => c.Attribution)) + ".", Body, XBrushes.Black, 15);
        y += 30;
        var edition = $"GsiPortal edition {library.Stamp.Version}" + (library.Stamp.DateDisplay is { } d ? $", {d}" : "") + $". Laid out for {paper}.";
        Set(PdfBlockLevelElementTag.Paragraph, edition, Editors, EditorsBrush, 13);
        Set(PdfBlockLevelElementTag.Paragraph, BookContents.Online(library, origin), Editors, EditorsBrush, 13);
        y += 20;
        Set(PdfBlockLevelElementTag.Paragraph, ReuseStatement.Texts, Small, Grey, 12);
        Set(PdfBlockLevelElementTag.Paragraph, ReuseStatement.Apparatus, Small, Grey, 12);
    }

    private void Paper(Paper p)
    {
        NewPage(p.ShortTitle, null);
        using var article = tags.Group(PdfGroupingElementTag.Article, OwnLanguage(p));
        Mark(0, p.Title);
        Front(p);
        foreach (var part in p.Parts)
        {
            NewPage(p.ShortTitle, part.Heading);
            using var section = tags.Group(PdfGroupingElementTag.Section);
            Mark(1, part.Heading);
            Set(PdfBlockLevelElementTag.Heading2, part.Heading, PdfFaces.Part, XBrushes.Black, 22);
            y += 2;
            foreach (var para in part.Introduction) ParagraphText(para);
            foreach (var item in part.Items) Item(item);
            if (part.Closing.Count > 0 && part.ClosingHeading is { } closing)
            {
                Keep(50);
                y += 6;
                Set(PdfBlockLevelElementTag.Heading3, closing, EditorsHeading, EditorsBrush, 16);
            }
            foreach (var para in part.Closing) ParagraphText(para);
        }
    }

    /// <summary>An item as a section: its heading (the reference in the margin, the label, the editors' label) and paragraphs.</summary>
    private void Item(PaperItem item)
    {
        Keep(60);
        Mark(2, $"{item.Reference}  {BookContents.ItemEntry(item)}", item.EditorsLabel);
        y += 6;
        using var section = tags.Group(PdfGroupingElementTag.Section);
        using (tags.Block(PdfBlockLevelElementTag.Heading3))
        {
            MarginLabel(item.Reference);
            if (item.HeadingIsEditors)
            {
                // The editors' label wraps under itself, hanging after "Commitment 1 · ": drawn on one line, commitment
                // 1's ran past the right margin to the page's edge (a reviewer, page 5).
                var label = item.Label + " · ";
                var after = gfx!.MeasureString(label, Section).Width;
                gfx.DrawString(label, Section, XBrushes.Black, Left, y + 11);
                foreach (var line in PdfText.Wrap(gfx, item.EditorsLabel!, EditorsHeading, Width - after))
                {
                    gfx.DrawString(line, EditorsHeading, EditorsBrush, Left + after, y + 11);
                    y += 15;
                }
                y += 3;
            }
            else
            {
                Lines(item.Label, Section, XBrushes.Black, 0, 18);
                y += 2;
            }
        }
        foreach (var para in item.Paragraphs) ParagraphText(para);
    }

    private void Commentary(Commentary c)
    {
        NewPage(c.ShortTitle, c.Attribution);
        using var article = tags.Group(PdfGroupingElementTag.Article, OwnLanguage(c));
        Mark(0, $"{c.Title} — {c.Attribution}");
        Front(c);
        string? heading = null;
        foreach (var para in c.Paragraphs)
        {
            if (para.SectionHeading is { } h && h != heading)
            {
                Keep(50);
                y += 6;
                Set(PdfBlockLevelElementTag.Heading2, heading = h, Section, XBrushes.Black, 16);
            }
            ParagraphText(para);
        }
    }

    /// <summary>A document's language when it is not the book's, for its article element.</summary>
    private string? OwnLanguage(Document d) =>
        PdfBook.Language(d) is var own && own != PdfBook.Language(library.Paper) ? own : null;

    /// <summary>Title, byline, source and the editorial notes (a list) of a document.</summary>
    private void Front(Document d)
    {
        Set(PdfBlockLevelElementTag.Heading1, d.Title, Title, XBrushes.Black, 25);
        Set(PdfBlockLevelElementTag.Paragraph, BookContents.Byline(d), Body, XBrushes.Black, 14);
        foreach (var (label, value) in BookContents.SourceLines(d)) Set(PdfBlockLevelElementTag.Paragraph, $"{label}: {value}", Small, Grey, 12);
        if (d.Meta.EditorialNotes.Count > 0)
        {
            y += 8;
            Set(PdfBlockLevelElementTag.Heading2, "Editorial notes", EditorsHeading, EditorsBrush, 15);
            using var list = tags.Block(PdfBlockLevelElementTag.List);
            foreach (var note in d.Meta.EditorialNotes) ListItem(note);
        }
        y += 12;
    }

    /// <summary>A note set as "– note": the dash its label, the words its body, wrapped as one line of text.</summary>
    private void ListItem(string note)
    {
        const string dash = "– ";
        const double indent = 8, lineHeight = 13;
        var lines = PdfText.Wrap(gfx!, dash + note, Editors, Width - indent);
        using var item = tags.Block(PdfBlockLevelElementTag.ListItem);
        if (y + lineHeight > Floor) Continue();
        using (tags.Block(PdfBlockLevelElementTag.Label)) gfx!.DrawString(dash.Trim(), Editors, EditorsBrush, Left + indent, y + Editors.Size);
        using var body = tags.Block(PdfBlockLevelElementTag.ListBody);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && y + lineHeight > Floor) Continue();
            // The first line less its dash (nothing, when the first word was too long to share the line with it).
            var (text, x) = i == 0 ? (lines[0].StartsWith(dash, StringComparison.Ordinal) ? lines[0][dash.Length..] : "", Left + indent + PdfText.Measure(gfx!, dash, Editors)) : (lines[i], Left + indent);
            PdfText.Draw(gfx!, text, Editors, EditorsBrush, x, y + Editors.Size, tags);
            y += lineHeight;
        }
    }

    private void ParagraphText(Paragraph paragraph)
    {
        var lines = PdfText.Wrap(gfx!, paragraph.Text, Body, Width);
        if (y + Math.Min(lines.Count, 2) * 14.5 > Floor) Continue();
        using var element = tags.Block(PdfBlockLevelElementTag.Paragraph);
        if (paragraph.Number is { } number)
            MarginLabel(number);
        foreach (var line in lines)
        {
            if (y + 14.5 > Floor) Continue();
            PdfText.Draw(gfx!, line, Body, XBrushes.Black, Left, y + 10.5, tags);
            y += 14.5;
        }
        y += 6;
    }

    /// <summary>
    /// A reference (II.4) or paragraph number in the outer margin, set flush right against the column: it is followed
    /// by a space, drawn where it shows nothing, so the heading or paragraph it begins reads "II.4 Commitment 4".
    /// </summary>
    private void MarginLabel(string label)
    {
        var space = gfx!.MeasureString(" ", Margin).Width;
        gfx.DrawString(label + " ", Margin, Grey, new XRect(Left - MarginColumn - 10 + space, y, MarginColumn, 14), XStringFormats.TopRight);
    }

    /// <summary>Sets a text as one structure element of the given kind.</summary>
    private void Set(PdfBlockLevelElementTag tag, string text, XFont font, XBrush brush, double lineHeight)
    {
        using var element = tags.Block(tag);
        Lines(text, font, brush, 0, lineHeight);
    }

    /// <summary>Sets wrapped lines at the cursor, going on to a new page when the page is full.</summary>
    private void Lines(string text, XFont font, XBrush brush, double indent, double lineHeight)
    {
        foreach (var line in PdfText.Wrap(gfx!, text, font, Width - indent))
        {
            if (y + lineHeight > Floor) Continue();
            PdfText.Draw(gfx!, line, font, brush, Left + indent, y + font.Size, tags);
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

    /// <summary>A new page with its running head and number, both artifacts: they are the page's, not the text's.</summary>
    private void NewPage(string? runningTitle, string? runningPart)
    {
        if (gfx is not null)
        {
            tags.ClosePage();
            gfx.Dispose();
        }
        page = document.AddPage();
        page.Size = paper == BookPaper.Letter ? PdfSharp.PageSize.Letter : PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        currentTitle = runningTitle;
        currentPart = runningPart;
        var number = document.PageCount;
        if (runningTitle is not null)
        {
            using var head = tags.Pagination(gfx, "Header");
            PdfText.Draw(gfx, runningTitle, Head, Grey, Left, Top - 30, null);
            if (runningPart is not null)
                gfx.DrawString(runningPart, Head, Grey, new XRect(Left, Top - 40, Width, 12), XStringFormats.TopRight);
            gfx.DrawLine(new XPen(XColors.Gray, 0.4), Left, Top - 24, Left + Width, Top - 24);
        }
        if (number > 1)
        {
            using var foot = tags.Pagination(gfx, "Footer");
            gfx.DrawString(number.ToString(System.Globalization.CultureInfo.InvariantCulture), Small, Grey,
                new XRect(Left, page.Height.Point - Bottom + 24, Width, 12), XStringFormats.TopCenter);
        }
        y = Top;
    }

    /// <summary>Remembers where a contents entry starts, and adds it to the PDF's outline (bookmarks) too.</summary>
    private void Mark(int level, string text, string? editors = null)
    {
        entries.Add(new BookEntry(level, text, editors, document.PageCount));
        PdfOutline? parent = null;
        for (var i = outlines.Count - 1; i >= 0 && level > 0; i--)
            if (outlines[i].Level < level) { parent = outlines[i].Outline; break; }
        outlines.Add((level, (parent?.Outlines ?? document.Outlines).Add(text, page!, level == 0)));
    }
}
