using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;
using GsiPortal.Core.Search;
using GsiPortal.Core.Text;

namespace GsiPortal.Web.Pages.Compare;

/// <summary>
/// One stop of the paper in the paper and the commentaries: an item's compare page, or Part I's (<c>/compare/background</c>),
/// whose passages are taken up by shared wording and the glossary's terms of its own, never by similarity.
/// </summary>
public sealed record ComparisonView(Core.Content.Paper Paper, ReadingStop Stop, IReadOnlyList<Comparison> Comparisons, IReadOnlyList<Discussion> Discussions, string Noun, string NoneDiscussed)
{
    /// <summary>
    /// What the list of paragraphs taking the stop up in their own words holds: discussions, mentions or both. Not
    /// "without sharing its wording": a paragraph the editors judge to discuss the item may also share a few of its
    /// words, and stand in the shared wording above too (Lei ¶12 on priority 17).
    /// </summary>
    public string DiscussedHeading => Discussions.Count > 0 && Discussions.All(d => d.Strength == DiscussionStrength.Mention) ? "Mentioned in the commentaries' own words"
        : Discussions.Any(d => d.Strength == DiscussionStrength.Mention) ? "Discussed or mentioned in the commentaries' own words"
        : "Discussed in the commentaries' own words";

    /// <summary>A discussing paragraph's text with the words its link rests on marked, wherever they stand in it.</summary>
    public static IReadOnlyList<TextRun> Marked(Discussion d)
    {
        var text = d.Commentary.Text;
        var spans = new List<(int Start, int End)>();
        foreach (var words in d.Words.Where(w => w.Length > 0))
            for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.OrdinalIgnoreCase))
                spans.Add((at, at + words.Length));
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start))
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        return TextMarker.Runs(text, 0, text.Length, merged);
    }

    public static ComparisonView Of(Core.Content.Paper paper, ReadingStop stop, IReadOnlyList<Comparison> comparisons, IReadOnlyList<Discussion> discussions) => stop.Item is { } item
        ? new(paper, stop, comparisons, discussions, $"this {item.Part.ItemNoun}", "no other commentary paragraph is close enough to this item in subject to list as discussing it")
        : new(paper, stop, comparisons, discussions, stop.Label, $"no other commentary paragraph uses a term of the glossary that only {stop.Label} uses");
}
