using System.Net;
using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;
using GsiPortal.Core.Text;
using GsiPortal.Web.Pages.Shared;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// The commentators' own passages on some of the paper's items, by commentary (oldest first), as the cross-reference
/// map has them: each paragraph that shares wording, in its sentences with the shared words marked, then each
/// paragraph that discusses an item in its own words, whole. Shown beside an item (its page fetches it) and beside a
/// part's text, where one paragraph often bears on several items: it is shown once, with every item it bears on.
/// </summary>
public sealed record CommentaryPassagesView(IReadOnlyList<CommentaryPassages> Commentaries, string Subject)
{
    /// <summary>The address suffix of an item's passages page: <c>/paper/commitments/4/passages</c>.</summary>
    public const string PageSuffix = "/passages";

    public bool IsEmpty => Commentaries.Count == 0;

    /// <summary>
    /// The words the reader searched (<c>?highlight=</c>), marked in the passages as on the text above them, apart from
    /// the shared wording's marks (review 20 D3: "Cold War mentality" in Lei ¶4 went unmarked under a search for it).
    /// </summary>
    public Core.Search.PageHighlight Searched { get; init; } = Core.Search.PageHighlight.None;

    /// <summary>The commentary paragraphs shown, for the page's marks.</summary>
    public IEnumerable<Paragraph> Shown => Commentaries.SelectMany(c => c.Paragraphs.Select(p => p.Paragraph));

    /// <summary>The passages on some of the paper's stops: a part's items, an item, or Part I whole.</summary>
    public static CommentaryPassagesView For(IEnumerable<ReadingStop> stops, CrossReferenceMap map, Core.Content.Paper paper, string subject)
    {
        var byParagraph = new Dictionary<Paragraph, (List<(ReadingStop, Comparison)> Shared, List<(ReadingStop, Discussion)> Discussed)>();
        (List<(ReadingStop, Comparison)> Shared, List<(ReadingStop, Discussion)> Discussed) Of(Paragraph p) =>
            byParagraph.TryGetValue(p, out var entry) ? entry : byParagraph[p] = ([], []);
        foreach (var stop in stops)
        {
            var comparisons = map.ComparisonsOf(stop);
            foreach (var c in comparisons) Of(c.Paragraph).Shared.Add((stop, c));
            // A paragraph already shown for its shared wording with the item is not said to discuss it as well.
            foreach (var d in map.DiscussionsOf(stop).Where(d => !comparisons.Any(c => c.Paragraph == d.Commentary)))
                Of(d.Commentary).Discussed.Add((stop, d));
        }
        var groups = byParagraph
            .Select(e => ParagraphOnSubject.Of(e.Key, e.Value.Shared, e.Value.Discussed))
            .GroupBy(p => (Commentary)p.Paragraph.Document)
            .OrderBy(g => g.Key.Date.Earliest).ThenBy(g => g.Key.Author, StringComparer.Ordinal)
            .Select(g => new CommentaryPassages(g.Key, g.Key.PredatesPaper(paper),
                // Those sharing wording first, in the commentary's order; then those in its own words, strongest first.
                [.. g.OrderBy(p => p.Whole).ThenByDescending(p => p.Whole ? p.Discussed.Max(d => d.Discussion.Strength) : 0)
                    .ThenBy(p => p.Paragraph.Ordinal)]))
            .ToList();
        return new CommentaryPassagesView(groups, subject);
    }
}

/// <summary>One commentary's paragraphs on the subject, each once.</summary>
public sealed record CommentaryPassages(Commentary Commentary, bool PredatesPaper, IReadOnlyList<ParagraphOnSubject> Paragraphs);

/// <summary>
/// One commentary paragraph and every item of the subject it bears on: its excerpts sharing wording (overlapping
/// ones merged, whichever item they share with) or, when it also discusses an item in its own words, the paragraph
/// whole (<see cref="Whole"/>), its shared words marked.
/// </summary>
public sealed record ParagraphOnSubject(Paragraph Paragraph, IReadOnlyList<IReadOnlyList<TextRun>> Excerpts, bool Whole,
    IReadOnlyList<(ReadingStop Item, Comparison Comparison)> Shared, IReadOnlyList<(ReadingStop Item, Discussion Discussion)> Discussed)
{
    /// <summary>True when every shared passage is word for word.</summary>
    public bool AllExact => Shared.SelectMany(s => s.Comparison.Passages).SelectMany(a => a.Merged).All(s => s.Exact);

    /// <summary>
    /// What the paragraph does with each item, with links: "25 words in common with Commitment 4", "12 words in common
    /// with Commitment 1, 12 with Commitment 2", "discusses Commitment 1 and Commitment 6, without quoting the paper".
    /// </summary>
    public string CaptionHtml(bool predatesPaper)
    {
        var html = new StringBuilder();
        static string Link(ReadingStop stop) => $"<a href=\"{WebUtility.HtmlEncode(stop.Address)}\">{WebUtility.HtmlEncode(stop.Label)}</a>";
        for (var i = 0; i < Shared.Count; i++)
            html.Append(i == 0 ? "" : ", ").Append(Shared[i].Comparison.SharedWords).Append(i == 0 ? " words in common with " : " with ").Append(Link(Shared[i].Item));
        if (Shared.Count == 1 && Excerpts.Count > 1) html.Append($" in {Excerpts.Count} passages");
        if (Shared.Count > 0 && !AllExact) html.Append(", with a few words different");
        // Items discussed with the same verb are named together: "discusses Commitment 1 and Commitment 6".
        var verbs = Discussed.GroupBy(d => DiscussionWords.Verb(d.Discussion)).ToList();
        for (var v = 0; v < verbs.Count; v++)
        {
            html.Append(v == 0 && Shared.Count == 0 ? "" : "; ").Append(verbs[v].Key.Before).Append(' ');
            var group = verbs[v].ToList();
            for (var i = 0; i < group.Count; i++)
            {
                html.Append(i == 0 ? "" : i == group.Count - 1 ? " and " : ", ").Append(Link(group[i].Item)).Append(verbs[v].Key.After);
                html.Append(WebUtility.HtmlEncode(DiscussionWords.Quoted(group[i].Discussion)));
            }
        }
        if (Discussed.Count > 0) html.Append(Shared.Count > 0 ? ", in its own words" : ", without quoting the paper");
        if (predatesPaper) html.Append(Shared.Count + Discussed.Count == 1 ? " (written before it)" : " (written before the paper)");
        return html.ToString();
    }

    public static ParagraphOnSubject Of(Paragraph paragraph, List<(ReadingStop Item, Comparison Comparison)> shared, List<(ReadingStop Item, Discussion Discussion)> discussed)
    {
        var whole = discussed.Count > 0;
        var passages = shared.SelectMany(s => s.Comparison.Passages).SelectMany(a => a.Merged);
        // One item's excerpts are the ones its compare page sets out; several items' are merged where they overlap.
        IReadOnlyList<IReadOnlyList<TextRun>> excerpts = !whole && shared.Count == 1
            ? [.. shared[0].Comparison.Passages.Select(a => a.Commentary)]
            : AlignedPassage.CommentarySide(paragraph, passages, whole);
        return new ParagraphOnSubject(paragraph, excerpts, whole, [.. shared.OrderBy(s => InPaperOrder(s.Item))],
            [.. discussed.OrderByDescending(d => d.Discussion.Strength).ThenBy(d => InPaperOrder(d.Item))]);
    }

    /// <summary>A stop's place in the paper: its part, then introduction, items in their numbers, closing passage.</summary>
    private static (int, StopKind, int) InPaperOrder(ReadingStop stop) => (stop.Part.Number, stop.Kind, stop.Item?.Number ?? 0);
}
