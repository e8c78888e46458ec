using GsiPortal.Core.Addresses;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Search;

/// <summary>
/// Where each commentary paragraph quotes or restates the paper (its shared wording, <see cref="SharedWordingFinder"/>),
/// by search unit: a result found by the words it quotes comes after the paper's own passage. "China will not
/// interfere in other countries affairs" found Chen Xiangyang ¶7 and Lei Kezhong ¶4 first, which quote commitment 2's
/// "internal affairs brook no external interference" and hold "China" besides; commitment 2, which says it, came third.
/// </summary>
public sealed class QuotedSources
{
    private readonly Dictionary<string, List<(int Start, int End, string Paper)>> byCommentary;

    private QuotedSources(Dictionary<string, List<(int Start, int End, string Paper)>> byCommentary) => this.byCommentary = byCommentary;

    /// <summary>No quotations known: nothing is reordered.</summary>
    public static readonly QuotedSources None = new([]);

    /// <summary>The quotations of the paper the shared wording found, each as a span of the commentary paragraph's text and the paper's unit.</summary>
    public static QuotedSources Of(IEnumerable<SharedPassage> shared) =>
        new(shared.GroupBy(s => AddressBook.Id(s.Commentary), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => (s.CommentaryStart, s.CommentaryEnd, PaperId(s.Paper))).ToList(), StringComparer.Ordinal));

    private static string PaperId(PaperUnit unit) => unit.Item is { } item ? AddressBook.Id(item) : AddressBook.Id(unit.Paragraph);

    /// <summary>How many commentary paragraphs quote the paper.</summary>
    public int Count => byCommentary.Count;

    /// <summary>
    /// A page of hits in rank order, with each paper passage that a commentary hit above it matched the query by
    /// quoting moved to just before that hit, and marked as quoted by it. A commentary hit matched the query by
    /// quoting a passage when every searched word the two hold both stands, in the commentary, within its quotation of
    /// that passage, at least one of them is not common, and every searched word the commentary holds that the passage
    /// lacks is common (found in a quarter or more of the units, as "China": words relaxation does not require), so
    /// that a commentary found by its own words ("Lei Kezhong", a word it adds) keeps its place. Returns the page and
    /// how many of the moved passages came from below <paramref name="strict"/> (the hits that held every word).
    /// </summary>
    /// <param name="hits">The page's hits, in rank order.</param>
    /// <param name="strict">How many of them, from the first, held every word (all of them unless relaxed).</param>
    /// <param name="terms">The searched words a hit holds (its text, headings and record).</param>
    /// <param name="places">Where in a unit's text each searched word stands (character offsets).</param>
    /// <param name="common">Whether a searched word is found in a quarter or more of the units.</param>
    internal (IReadOnlyList<SearchHit> Hits, int IntoStrict) SourcesFirst(IReadOnlyList<SearchHit> hits, int strict,
        Func<SearchHit, IReadOnlySet<string>> terms, Func<SearchHit, string, IEnumerable<(int Start, int End)>> places, Func<string, bool> common)
    {
        if (byCommentary.Count == 0 || hits.Count < 2) return (hits, 0);
        // Copied only when a passage moves: on most pages none does.
        List<SearchHit>? reordered = null;
        var intoStrict = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var list = reordered ?? hits;
            var hit = list[i];
            if (hit.Kind != UnitKinds.Commentary || !byCommentary.TryGetValue(hit.Id, out var quotations)) continue;
            // The words a hit holds, only once a passage it quotes is among the hits below it: most commentary hits
            // quote none of them, and the set cost every such hit of every search.
            IReadOnlySet<string>? held = null;
            for (var j = i + 1; j < list.Count; j++)
            {
                var source = list[j];
                if (!Quotes(quotations, source.Id) || !MatchedByQuoting(hit, source, held ??= terms(hit), terms(source), quotations, places, common)) continue;
                reordered ??= [.. hits];
                reordered.RemoveAt(j);
                reordered.Insert(i, source with { QuotedBy = [.. source.QuotedBy, hit] });
                if (j >= strict && i < strict) intoStrict++;
                i++;
                break;
            }
        }
        return (reordered ?? hits, intoStrict);
    }

    private static bool Quotes(List<(int Start, int End, string Paper)> quotations, string paper)
    {
        foreach (var quotation in quotations)
            if (quotation.Paper == paper) return true;
        return false;
    }

    private static bool MatchedByQuoting(SearchHit hit, SearchHit source, IReadOnlySet<string> held, IReadOnlySet<string> sourceHolds,
        List<(int Start, int End, string Paper)> quotations, Func<SearchHit, string, IEnumerable<(int Start, int End)>> places, Func<string, bool> common)
    {
        var spans = quotations.Where(q => q.Paper == source.Id).ToList();
        var both = held.Where(sourceHolds.Contains).ToList();
        if (both.Count == 0 || both.All(common)) return false;
        if (held.Any(t => !sourceHolds.Contains(t) && !common(t))) return false;
        return both.Where(t => !common(t)).All(t => places(hit, t).Any(p => spans.Any(s => p.Start >= s.Start && p.End <= s.End)));
    }
}
