using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using static GsiPortal.Core.Publishing.PdfFaces;

namespace GsiPortal.Core.Publishing;

/// <summary>The contents pages: counted before the body is set, and written once the pages of their entries are known.</summary>
internal sealed partial class PdfLayout
{
    private const double ContentsLine = 14;

    /// <summary>
    /// As many pages as the contents' lines need. On the first layout they stay blank; on the second they hold the
    /// contents, tagged as a table of contents (TOC, an item per entry, an item's own entries in a TOC of their own),
    /// each line a link to its page.
    /// </summary>
    private void Contents()
    {
        NewPage(null, null);
        document.Outlines.Add("Contents", page!);
        var perPage = (int)((Floor - Top - 40) / ContentsLine);
        var lines = ContentsEntries().Sum(e => PdfText.Wrap(gfx!, e.Text, EntryFont(e.Level), Width - 40 - e.Level * 14).Count);
        var reserved = 1;
        for (var i = perPage; i < lines; i += perPage) reserved++;
        if (known is null)
        {
            for (var i = 1; i < reserved; i++) NewPage(null, null);
            return;
        }
        WriteContents(known, reserved);
    }

    /// <summary>Every entry of the contents, in the order the body sets them.</summary>
    private IEnumerable<(int Level, string Text)> ContentsEntries()
    {
        yield return (0, library.Paper.Title);
        foreach (var part in library.Paper.Parts)
        {
            yield return (1, part.Heading);
            foreach (var item in part.Items) yield return (2, $"{item.Reference}  {BookContents.ItemEntry(item)}");
        }
        foreach (var c in library.Commentaries) yield return (0, $"{c.Title} — {c.Attribution}");
    }

    private static XFont EntryFont(int level) => level == 0 ? BodyBold : Body;

    private void WriteContents(IReadOnlyList<BookEntry> contents, int reserved)
    {
        using (tags.Block(PdfBlockLevelElementTag.Heading1)) gfx!.DrawString("Contents", PdfFaces.Part, XBrushes.Black, Left, Top + 15);
        var cursor = Top + 40;
        var used = 1;
        using var toc = tags.Group(PdfGroupingElementTag.TableOfContents);
        // The entries open at each level; an entry's own TOC is opened with its first sub-entry.
        var open = new Stack<(int Level, bool HasOwnToc)>();
        foreach (var entry in contents)
        {
            while (open.Count > 0 && open.Peek().Level >= entry.Level) Close(open.Pop());
            if (open.TryPop(out var parent))
            {
                if (!parent.HasOwnToc) tags.Begin(PdfGroupingElementTag.TableOfContents);
                open.Push((parent.Level, true));
            }
            tags.Begin(PdfGroupingElementTag.TableOfContentsItem);
            open.Push((entry.Level, false));

            var font = EntryFont(entry.Level);
            var indent = entry.Level * 14;
            var lines = PdfText.Wrap(gfx!, entry.Text, font, Width - 40 - indent);
            if (entry.Level == 0) cursor += 6;
            for (var i = 0; i < lines.Count; i++)
            {
                if (cursor + ContentsLine > Floor && used < reserved)
                {
                    NewPage(null, null);
                    used++;
                    cursor = Top;
                }
                // The whole line links to its page, as a reader of a PDF expects; the link is tagged with its words.
                var rect = gfx!.Transformer.WorldToDefaultPage(new XRect(Left + indent, cursor, Width - indent, ContentsLine));
                var link = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(rect), entry.PageNumber);
                using (tags.Link(link, $"{entry.Text}, page {entry.PageNumber}"))
                    ContentsLineText(entry, lines, i, font, indent, cursor);
                cursor += ContentsLine;
            }
        }
        while (open.Count > 0) Close(open.Pop());
    }

    private static string OneSpaced(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private void Close((int Level, bool HasOwnToc) entry)
    {
        if (entry.HasOwnToc) tags.End();
        tags.End();
    }

    private void ContentsLineText(BookEntry entry, List<string> lines, int i, XFont font, double indent, double cursor)
    {
        var g = gfx!;
        // The wrapped lines, joined, are the entry's words with one space between: where the editors' label begins
        // in them says how much of this line is the paper's own, even when the label runs over two lines (II.1).
        var start = lines.Take(i).Sum(l => l.Length);
        var joined = string.Concat(lines);
        var labelStart = entry.Editors is { } label && joined.EndsWith(OneSpaced(label), StringComparison.Ordinal)
            ? joined.Length - OneSpaced(label).Length : joined.Length;
        var split = Math.Clamp(labelStart - start, 0, lines[i].Length);
        var own = lines[i][..split];
        if (own.Length > 0) PdfText.Draw(g, own, font, XBrushes.Black, Left + indent, cursor + 10.5, tags);
        // The editors' label in their face, so the contents never pass it off as the paper's words.
        if (split < lines[i].Length)
            PdfText.Draw(g, lines[i][split..], Editors, EditorsBrush, Left + indent + PdfText.Measure(g, own, font), cursor + 10.5, tags);
        if (i == lines.Count - 1)
            // After a space that shows nothing (the number is set flush right), so the entry reads "…security 5".
            g.DrawString(" " + entry.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black,
                new XRect(Left, cursor, Width, ContentsLine), XStringFormats.TopRight);
    }
}
