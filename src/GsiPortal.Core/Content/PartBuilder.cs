using GsiPortal.Core.Addresses;
using GsiPortal.Core.Markdown;
using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>Gathers one part's passages and numbered items while the paper is read, checking the numbering.</summary>
internal sealed class PartBuilder(Paper paper, string file, int line, List<ContentError> errors)
{
    /// <summary>The line of the part's heading.</summary>
    public int Line => line;
    public required string Slug { get; init; }
    public required string Numeral { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string ItemNoun { get; init; }
    public int? ExpectedCount { get; init; }
    public bool HasItemLabels { get; init; }

    private readonly List<Paragraph> introduction = [];
    private readonly List<Paragraph> closing = [];
    private readonly List<(int Number, List<Paragraph> Paragraphs)> items = [];
    private readonly HashSet<int> numbersSeen = [];

    public void AddPassage(ParagraphBlock block)
    {
        var target = items.Count == 0 ? introduction : closing;
        var index = introduction.Count + closing.Count + 1;
        target.Add(Paragraph(block, Label(index), 1));
    }

    public void AddItems(ListBlock list)
    {
        if (ItemNoun.Length == 0)
        {
            errors.Add(new ContentError(file, list.Line + 1, $"part {Numeral} has numbered items but its heading names none: add item=… count=…"));
            return;
        }
        if (closing.Count > 0)
            errors.Add(new ContentError(file, list.Line + 1, $"part {Numeral}: numbered items after the closing passage"));
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var expected = items.Count + 1;
            var problem = item.Order == expected ? null
                : numbersSeen.Contains(item.Order) ? $"{ItemNoun} {item.Order} is repeated"
                : item.Order > expected ? $"{ItemNoun} {expected} is missing (found {item.Order} where {expected} was expected)"
                : $"{ItemNoun} {item.Order} is out of order ({expected} expected)";
            if (problem is not null) errors.Add(new ContentError(file, item.Line + 1, $"part {Numeral}: {problem}"));
            numbersSeen.Add(item.Order);

            var name = $"{ItemNoun} {expected}";
            var paragraphs = new List<Paragraph>();
            var sentence = 1;
            foreach (var block in item)
            {
                if (block is not ParagraphBlock p)
                {
                    errors.Add(new ContentError(file, block.Line + 1, $"{name}: unexpected {BlockName.Of(block)} inside a numbered item"));
                    continue;
                }
                var paragraph = Paragraph(p, Label(paragraphs.Count + 1), sentence);
                sentence += paragraph.Sentences.Count;
                paragraphs.Add(paragraph);
            }
            if (paragraphs.Count == 0) errors.Add(new ContentError(file, item.Line + 1, $"{name} is empty"));
            items.Add((expected, paragraphs));
        }
    }

    public PaperPart Build()
    {
        if (ExpectedCount is { } count && items.Count != count)
            errors.Add(new ContentError(file, line, $"part {Numeral} has {items.Count} {ItemNoun}s; its heading says count={count}"));
        if (introduction.Count + items.Count + closing.Count == 0)
            errors.Add(new ContentError(file, line, $"part {Numeral} is empty"));

        var part = new PaperPart
        {
            Slug = Slug, Numeral = Numeral, Number = Number, Title = Title, ItemNoun = ItemNoun,
            Introduction = introduction, Closing = closing, HasItemLabels = HasItemLabels,
        };
        var built = items.Where(i => i.Paragraphs.Count > 0)
            .Select(i => new PaperItem { Part = part, Number = i.Number, Paragraphs = i.Paragraphs }).ToList();
        part.Items = built;
        // The paper's numbering: a part's own passages are counted through (introduction, then closing), an item's
        // paragraphs within the item.
        foreach (var paragraph in part.Introduction.Concat(part.Closing))
        {
            paragraph.Part = part;
            paragraph.Locator = new Locator(paper.Id, Slug, Paragraph: paragraph.Label);
        }
        foreach (var item in built)
            foreach (var paragraph in item.Paragraphs)
            {
                paragraph.Part = part;
                paragraph.Item = item;
                paragraph.Locator = new Locator(paper.Id, Slug, item.Number, paragraph.Label);
            }
        return part;
    }

    private static string Label(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Paragraph Paragraph(ParagraphBlock block, string label, int firstSentence)
    {
        var text = Text.TextPool.Share(InlineText.Of(block));
        return new Paragraph
        {
            Document = paper, Label = label, Text = text,
            Sentences = SentenceSplitter.Number(text, firstSentence), Line = block.Line + 1,
        };
    }
}
