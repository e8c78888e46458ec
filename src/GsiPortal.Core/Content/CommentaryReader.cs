using GsiPortal.Core.Addresses;
using GsiPortal.Core.Markdown;
using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>
/// Reads a commentary's body: headings it keeps as its own, and paragraphs numbered from the top (1, 2, 3…) or as its
/// front matter declares (<see cref="ParagraphNumbering"/>).
/// </summary>
internal static class CommentaryReader
{
    public static IReadOnlyList<Paragraph> ReadParagraphs(Commentary commentary, List<Block> body, string file, List<ContentError> errors)
    {
        var blocks = new List<(ParagraphBlock Block, string? Heading)>();
        string? heading = null;
        foreach (var block in body)
        {
            switch (block)
            {
                case HeadingBlock h:
                    heading = InlineText.Of(h);
                    break;
                case ParagraphBlock p:
                    blocks.Add((p, heading));
                    break;
                default:
                    errors.Add(new ContentError(file, block.Line + 1, $"a commentary holds headings and paragraphs only, not a {BlockName.Of(block)}"));
                    break;
            }
        }
        if (blocks.Count == 0)
        {
            errors.Add(new ContentError(file, 1, "the commentary has no paragraphs"));
            return [];
        }
        if (ParagraphNumbering.For(commentary.Meta, blocks.Count, file, errors) is not { } labels) return [];
        var paragraphs = new List<Paragraph>();
        foreach (var (block, section) in blocks)
        {
            var text = Text.TextPool.Share(InlineText.Of(block));
            var label = labels[paragraphs.Count];
            paragraphs.Add(new Paragraph
            {
                Document = commentary, Label = label, Ordinal = paragraphs.Count + 1, Text = text,
                Sentences = SentenceSplitter.Number(text, 1), Line = block.Line + 1, SectionHeading = section,
                Locator = new Locator(commentary.Id, Paragraph: label),
            });
        }
        return paragraphs;
    }
}
