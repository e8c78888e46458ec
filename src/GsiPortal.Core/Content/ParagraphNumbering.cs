using System.Globalization;
using System.Text.RegularExpressions;

namespace GsiPortal.Core.Content;

/// <summary>
/// How a commentary's paragraphs are counted: 1, 2, 3… from the top by default, or the labels its front matter
/// declares (<c>paragraph_numbers: "1, 2, 2.1, 3"</c>) for a text that numbers its own paragraphs. Each label is what
/// readers cite (¶2.1), what the margin prints and what the fragment holds (<c>#p2.1</c>).
/// </summary>
internal static partial class ParagraphNumbering
{
    /// <summary>A label: digits, dot-separated levels, and an optional letter ("4", "2.1", "3a").</summary>
    [GeneratedRegex(@"^[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}[a-z]?$")]
    internal static partial Regex Label();

    /// <summary>The labels for <paramref name="count"/> paragraphs, or null (with the problem reported) when the declared ones do not fit.</summary>
    public static IReadOnlyList<string>? For(FrontMatter meta, int count, string file, List<ContentError> errors)
    {
        if (meta.ParagraphNumbers is not { } declared)
            return Enumerable.Range(1, count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        var line = meta.LineOf("paragraph_numbers");
        var labels = declared.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var before = errors.Count;
        foreach (var bad in labels.Where(l => !Label().IsMatch(l)))
            errors.Add(new ContentError(file, line, $"paragraph_numbers: '{bad}' is not a paragraph number (digits, levels joined by dots: 2, 2.1)"));
        foreach (var twice in labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add(new ContentError(file, line, $"paragraph_numbers: '{twice.Key}' is given twice"));
        if (labels.Count != count)
            errors.Add(new ContentError(file, line, $"paragraph_numbers gives {labels.Count} numbers; the commentary has {count} paragraphs"));
        return errors.Count > before ? null : labels;
    }
}
