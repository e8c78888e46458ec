using GsiPortal.Core.Markdown;
using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>Reads a commentary's body: headings it keeps as its own, and paragraphs numbered <c>p1</c>, <c>p2</c>… from the top.</summary>
internal static class CommentaryReader
{
    public static IReadOnlyList<Paragraph> ReadParagraphs(Commentary commentary, List<Block> body, string file, List<ContentError> errors)
    {
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        foreach (var block in body)
        {
            switch (block)
            {
                case HeadingBlock h:
                    heading = InlineText.Of(h);
                    break;
                case ParagraphBlock p:
                    var text = InlineText.Of(p);
                    var ordinal = paragraphs.Count + 1;
                    paragraphs.Add(new Paragraph
                    {
                        Document = commentary, Anchor = $"p{ordinal}", Ordinal = ordinal, Text = text,
                        Sentences = SentenceSplitter.Number(text, 1), Line = p.Line + 1, SectionHeading = heading,
                    });
                    break;
                default:
                    errors.Add(new ContentError(file, block.Line + 1, $"a commentary holds headings and paragraphs only, not a {BlockName.Of(block)}"));
                    break;
            }
        }
        if (paragraphs.Count == 0) errors.Add(new ContentError(file, 1, "the commentary has no paragraphs"));
        return paragraphs;
    }
}
