using GsiPortal.Core.Text;

namespace GsiPortal.Core.Content;

/// <summary>
/// Puts the editors' labels of the front matter (<c>item_labels</c>, <c>closing_labels</c>) on the paper's items and
/// closing passages, and checks them: every item of a labelled part has one, no other item does, each is unique and
/// at most <see cref="MaxWords"/> words, and each closing label heads a closing passage that exists. A problem is
/// reported at the label's own line, or at the item's line for a label that is missing.
/// </summary>
internal static class EditorsLabels
{
    public const int MaxWords = 6;

    public static void Apply(Paper paper, string file, string markdown, List<ContentError> errors)
    {
        var meta = paper.Meta;
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (slug, labels) in meta.ItemLabels)
        {
            var part = paper.Parts.FirstOrDefault(p => p.Slug == slug);
            if (part is null)
            {
                errors.Add(new ContentError(file, LineOf(markdown, $"{slug}:"), $"item_labels names part '{slug}', which the paper does not have"));
                continue;
            }
            if (!part.HasItemLabels)
                errors.Add(new ContentError(file, LineOf(markdown, $"{slug}:"), $"part {part.Numeral} takes its headings from first sentences: add heading=label to its heading, or remove its item_labels"));
            foreach (var (number, label) in labels)
            {
                var line = LineOf(markdown, $"{number}:", after: $"{slug}:");
                if (part.FindItem(number) is not { } item)
                {
                    errors.Add(new ContentError(file, line, $"item_labels.{slug}: part {part.Numeral} has no {part.ItemNoun} {number}"));
                    continue;
                }
                Check(label, $"{part.ItemNoun} {number}", file, line, seen, errors);
                item.EditorsLabel = label?.Trim();
            }
        }
        foreach (var part in paper.Parts.Where(p => p.HasItemLabels))
            foreach (var item in part.Items.Where(i => i.EditorsLabel is null))
                errors.Add(new ContentError(file, item.Paragraphs[0].Line, $"{item.Anchor} has no label: add it under item_labels.{part.Slug} in the front matter (at most {MaxWords} words)"));

        foreach (var (slug, label) in meta.ClosingLabels)
        {
            var line = LineOf(markdown, $"{slug}:", after: "closing_labels:");
            var part = paper.Parts.FirstOrDefault(p => p.Slug == slug);
            if (part is null || part.Closing.Count == 0)
            {
                errors.Add(new ContentError(file, line, part is null ? $"closing_labels names part '{slug}', which the paper does not have" : $"part {part.Numeral} has no closing passage to head"));
                continue;
            }
            Check(label, $"the closing passage of part {part.Numeral}", file, line, seen, errors);
            part.ClosingHeading = label?.Trim();
        }
    }

    private static void Check(string? label, string what, string file, int line, Dictionary<string, string> seen, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            errors.Add(new ContentError(file, line, $"the label of {what} is empty"));
            return;
        }
        var words = Words.Of(label).Count;
        if (words > MaxWords && !what.StartsWith("the closing", StringComparison.Ordinal))
            errors.Add(new ContentError(file, line, $"the label of {what} has {words} words; at most {MaxWords}"));
        if (!seen.TryAdd(label.Trim(), what))
            errors.Add(new ContentError(file, line, $"the label \"{label.Trim()}\" of {what} is also the label of {seen[label.Trim()]}"));
    }

    /// <summary>The 1-based line of the first line that starts (after indentation) with <paramref name="key"/>, after a line starting with <paramref name="after"/>.</summary>
    private static int LineOf(string markdown, string key, string? after = null)
    {
        var lines = markdown.Split('\n');
        var start = 0;
        if (after is not null)
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].TrimStart().StartsWith(after, StringComparison.Ordinal)) { start = i; break; }
        for (var i = start; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith(key, StringComparison.Ordinal)) return i + 1;
        return 1;
    }
}
