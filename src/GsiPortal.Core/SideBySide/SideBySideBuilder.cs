using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.SideBySide;

/// <summary>
/// Sets two commentaries beside each other on an item or a key term (issue #26): every commentary's passages on the
/// subject, from the cross-reference map and the key terms the edition already holds; then the pair a reader asks
/// for, by id or by the author's family name, or the two that say most.
/// </summary>
public static class SideBySideBuilder
{
    /// <summary>What each commentary says on an item: the sentences sharing its wording, then the paragraphs discussing it.</summary>
    public static SideBySideSubject ForItem(CrossReferenceMap map, PaperItem item)
    {
        var comparisons = map.ComparisonsOf(item);
        var discussions = map.DiscussionsOf(item);
        var columns = map.Library.Commentaries.Select(c =>
        {
            var passages = new List<SideBySidePassage>();
            foreach (var comparison in comparisons.Where(x => x.Commentary == c))
            {
                // A paragraph is shown once, from the first sentence sharing the item's wording to the last (Chen ¶10
                // shares two sentences apart with commitment 5 and was shown twice), its count saying in how many passages.
                var spans = comparison.Passages.SelectMany(a => a.Merged)
                    .Select(s => AlignedPassage.SentenceSpan(comparison.Paragraph, s.CommentaryStart, s.CommentaryEnd)).ToList();
                passages.Add(new SideBySidePassage(comparison.Paragraph, spans.Min(s => s.From), spans.Max(s => s.To), SharedWithPaper: comparison.Passages[0])
                {
                    ParagraphSharedWords = comparison.SharedWords,
                    PassagesOfParagraph = comparison.Passages.Count,
                    SharesExactly = comparison.Passages.SelectMany(a => a.Merged).All(s => s.Exact),
                });
            }
            foreach (var d in discussions.Where(d => d.Source == c && !passages.Any(p => p.Paragraph == d.Commentary)))
                passages.Add(new SideBySidePassage(d.Commentary, 0, d.Commentary.Text.Length, Discussion: d));
            return new CommentaryColumn(c, c.PredatesPaper(map.Library.Paper), [.. passages.OrderBy(p => p.Paragraph.Ordinal).ThenBy(p => p.Start)]);
        });
        return new SideBySideSubject(item, null, [.. columns]);
    }

    /// <summary>What each commentary says using a key term: each paragraph where it stands, whole, the term marked.</summary>
    public static SideBySideSubject ForTerm(ContentLibrary library, KeyTerm term)
    {
        var columns = library.Commentaries.Select(c => new CommentaryColumn(c, c.PredatesPaper(library.Paper),
            [.. term.Occurrences.Where(o => o.Paragraph.Document == c).GroupBy(o => o.Paragraph).OrderBy(g => g.Key.Ordinal)
                .Select(g => new SideBySidePassage(g.Key, 0, g.Key.Text.Length) { TermSpans = [.. g.Select(o => (o.Start, o.End))] })]));
        return new SideBySideSubject(null, term, [.. columns]);
    }

    /// <summary>
    /// The pair named by <paramref name="a"/> and <paramref name="b"/> (a commentary's id, or its author's family
    /// name); one left out is the commentary that says most among the others; both left out, the two that say most.
    /// </summary>
    public static (CommentaryPair? Pair, PairProblem? Problem) Choose(SideBySideSubject subject, CrossReferenceMap map, string? a, string? b)
    {
        if (subject.Columns.Count < 2)
            return (null, new PairProblem(PairProblemKind.TooFewCommentaries, "The edition holds fewer than two commentaries: there is nothing to set side by side."));
        var first = Find(subject, a);
        var second = Find(subject, b);
        foreach (var (given, found) in new[] { (a, first), (b, second) })
            if (!string.IsNullOrWhiteSpace(given) && found is null)
                return (null, new PairProblem(PairProblemKind.UnknownCommentary,
                    $"No commentary is called “{given.Trim()}”. The commentaries are: {string.Join(", ", subject.Columns.Select(c => $"{c.Commentary.Id} ({c.Commentary.Author})"))}."));
        if (first is not null && first == second)
            return (null, new PairProblem(PairProblemKind.SameCommentary, $"Both sides name {first.Commentary.Author}: choose two different commentaries."));
        first ??= subject.Ranked.First(c => c != second);
        second ??= subject.Ranked.First(c => c != first);
        return (Pair(subject, map, first, second) with { IsDefault = string.IsNullOrWhiteSpace(a) && string.IsNullOrWhiteSpace(b) }, null);
    }

    private static CommentaryColumn? Find(SideBySideSubject subject, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = name.Trim();
        return subject.Columns.FirstOrDefault(c => string.Equals(c.Commentary.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? subject.Columns.SingleOrDefaultOrNull(c => string.Equals(c.Commentary.Meta.AuthorFamily, key, StringComparison.OrdinalIgnoreCase)
                || c.Commentary.Id.Split('-').Contains(key, StringComparer.OrdinalIgnoreCase));
    }

    private static T? SingleOrDefaultOrNull<T>(this IEnumerable<T> items, Func<T, bool> match) where T : class
    {
        var found = items.Where(match).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static CommentaryPair Pair(SideBySideSubject subject, CrossReferenceMap map, CommentaryColumn a, CommentaryColumn b)
    {
        var textsA = a.Passages.Select(p => p.Text).ToList();
        var textsB = b.Passages.Select(p => p.Text).ToList();
        // On an item, the words both use are the item's words both use, never another item's wording both quote.
        var within = subject.Item is { } item ? CommonWording.WordingOf(item) : null;
        var spansA = CommonWording.Spans(textsA, textsB, within);
        var spansB = CommonWording.Spans(textsB, textsA, within);
        var phrases = CommonWording.Phrases(textsA, spansA);
        if (subject.Term is { } term && a.TermUses > 0 && b.TermUses > 0 && !phrases.Any(p => Same(p, term.Phrase)))
            phrases = [term.Phrase, .. phrases];
        var both = Taken(map, a).Intersect(Taken(map, b)).OrderBy(i => i.Part.Number).ThenBy(i => i.Number).ToList();
        return new CommentaryPair(subject, Side(a, spansA), Side(b, spansB), phrases, both);
    }

    private static bool Same(string x, string y) => string.Join(' ', Words.Of(x).Select(w => w.Key)) == string.Join(' ', Words.Of(y).Select(w => w.Key));

    private static IEnumerable<PaperItem> Taken(CrossReferenceMap map, CommentaryColumn column) =>
        column.Passages.Select(p => p.Paragraph).Distinct().SelectMany(map.ItemsTakenUpBy);

    /// <summary>A side's passages cut into runs at the shared words and, for a key term, at the term itself.</summary>
    private static PairSide Side(CommentaryColumn column, IReadOnlyList<IReadOnlyList<(int Start, int End)>> spans) =>
        new(column, [.. column.Passages.Select((p, i) => new MarkedPassage(p, Runs(p.Text, Merge([.. spans[i], .. p.TermSpans]))))]);

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start))
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        return merged;
    }

    private static List<TextRun> Runs(string text, List<(int Start, int End)> marked)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (var (start, end) in marked)
        {
            if (start > at) runs.Add(new TextRun(text[at..start], false));
            runs.Add(new TextRun(text[start..end], true));
            at = end;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..], false));
        return runs;
    }
}
