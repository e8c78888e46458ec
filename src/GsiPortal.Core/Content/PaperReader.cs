using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>
/// Reads the paper's structure from its Markdown: each level-2 heading opens a part, paragraphs before and
/// after an ordered list are the part's own passages, and each list item is a numbered item.
/// </summary>
internal static partial class PaperReader
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    [GeneratedRegex(@"^(?<numeral>[IVX]+)\.\s+(?<title>.+)$")]
    private static partial Regex PartHeading();

    public static IReadOnlyList<PaperPart> ReadParts(Paper paper, List<Block> body, string file, List<ContentError> errors)
    {
        var parts = new List<PaperPart>();
        PartBuilder? current = null;
        foreach (var block in body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                if (current is not null) parts.Add(current.Build());
                current = StartPart(paper, heading, parts.Count + 1, file, errors);
                continue;
            }
            if (current is null)
            {
                errors.Add(new ContentError(file, block.Line + 1, "text before the first part heading ('## I. …')"));
                continue;
            }
            switch (block)
            {
                case ParagraphBlock p: current.AddPassage(p); break;
                case ListBlock { IsOrdered: true } list: current.AddItems(list); break;
                default: errors.Add(new ContentError(file, block.Line + 1, $"unexpected {BlockName.Of(block)} in part {current.Numeral}")); break;
            }
        }
        if (current is not null) parts.Add(current.Build());
        if (parts.Count == 0) errors.Add(new ContentError(file, 1, "the paper has no parts ('## I. Background {#background}')"));
        return parts;
    }

    private static PartBuilder? StartPart(Paper paper, HeadingBlock heading, int number, string file, List<ContentError> errors)
    {
        var line = heading.Line + 1;
        var match = PartHeading().Match(InlineText.Of(heading));
        var attributes = heading.TryGetAttributes();
        var expected = number <= Numerals.Length ? Numerals[number - 1] : number.ToString(CultureInfo.InvariantCulture);
        if (!match.Success)
        {
            errors.Add(new ContentError(file, line, "a part heading must read '## {roman numeral}. {title} {#slug}'"));
            return null;
        }
        if (match.Groups["numeral"].Value != expected)
            errors.Add(new ContentError(file, line, $"part {match.Groups["numeral"].Value} is out of order: part {expected} expected here"));
        if (attributes?.Id is not { Length: > 0 } slug)
        {
            errors.Add(new ContentError(file, line, $"part {expected} lacks its slug: end the heading with {{#slug}}"));
            return null;
        }
        var noun = attributes.Properties?.FirstOrDefault(p => p.Key == "item").Value ?? "";
        var headingSource = attributes.Properties?.FirstOrDefault(p => p.Key == "heading").Value ?? "first-sentence";
        if (headingSource is not ("first-sentence" or "label"))
            errors.Add(new ContentError(file, line, $"part {expected}: heading={headingSource} must be first-sentence or label"));
        var countText = attributes.Properties?.FirstOrDefault(p => p.Key == "count").Value;
        int? count = int.TryParse(countText, CultureInfo.InvariantCulture, out var c) ? c : null;
        if (noun.Length > 0 && count is null)
            errors.Add(new ContentError(file, line, $"part {expected} names its items '{noun}' but not how many: add count=N"));
        return new PartBuilder(paper, file, line, errors)
        {
            Slug = slug, Numeral = expected, Number = number, Title = match.Groups["title"].Value.Trim(), ItemNoun = noun, ExpectedCount = count,
            HasItemLabels = headingSource == "label",
        };
    }
}
