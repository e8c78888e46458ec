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
        var started = new List<PartBuilder>();
        PartBuilder? current = null;
        foreach (var block in body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                if (current is not null) parts.Add(current.Build());
                current = StartPart(paper, heading, parts.Count + 1, file, errors);
                if (current is not null) started.Add(current);
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
        CheckAddressesUnique(started, file, errors);
        return parts;
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex SlugOrNoun();

    /// <summary>
    /// Every address is built from part slugs and item nouns (<c>/paper/commitments/4</c>, <c>commitment-4-s2</c>,
    /// <c>/ref/II.4</c>, "commitment 4"): two parts sharing either would make one address name two passages, and
    /// one of them would silently vanish from the site.
    /// </summary>
    private static void CheckAddressesUnique(List<PartBuilder> parts, string file, List<ContentError> errors)
    {
        var slugs = new Dictionary<string, PartBuilder>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, PartBuilder>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (!SlugOrNoun().IsMatch(part.Slug))
                errors.Add(new ContentError(file, part.Line, $"part {part.Numeral}: slug '{part.Slug}' must be lower-case letters and single hyphens"));
            else if (!slugs.TryAdd(part.Slug, part))
                errors.Add(new ContentError(file, part.Line, $"part {part.Numeral} repeats the slug '{part.Slug}' of part {slugs[part.Slug].Numeral} (line {slugs[part.Slug].Line}); each part needs its own"));
            if (part.ItemNoun.Length == 0) continue;
            if (!SlugOrNoun().IsMatch(part.ItemNoun))
                errors.Add(new ContentError(file, part.Line, $"part {part.Numeral}: item='{part.ItemNoun}' must be lower-case letters and single hyphens"));
            else if (!nouns.TryAdd(part.ItemNoun, part))
                errors.Add(new ContentError(file, part.Line, $"part {part.Numeral} calls its items '{part.ItemNoun}' as part {nouns[part.ItemNoun].Numeral} (line {nouns[part.ItemNoun].Line}) does; '{part.ItemNoun} 3' would name two passages"));
        }
        foreach (var part in parts.Where(p => p.ItemNoun.Length > 0 && slugs.ContainsKey(p.ItemNoun) && slugs[p.ItemNoun] != p))
            errors.Add(new ContentError(file, part.Line, $"part {part.Numeral}: its items '{part.ItemNoun}' share their name with the slug of part {slugs[part.ItemNoun].Numeral}"));
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
