namespace GsiPortal.Core.Search;

/// <summary>
/// Results standing together: one commentary's hits under its heading (<see cref="Document"/> set, its hits in rank
/// order), or one result alone (an item of the paper: each is its own heading). <see cref="More"/> counts the
/// document's matches on other pages, one link (its document filter) away.
/// </summary>
public sealed record ResultGroup(string? Document, IReadOnlyList<SearchHit> Hits, int More)
{
    /// <summary>A document heading is worth its line over two or more hits, or over one with more elsewhere; one hit alone is headed by itself.</summary>
    public bool IsGroup => Document is not null && (Hits.Count > 1 || More > 0);
}

/// <summary>
/// One run of results on a page: the strict results, or the relaxed ones after them (<see cref="Relaxed"/>, under a
/// line saying what was relaxed). A page has one section unless a query that found too little was relaxed.
/// </summary>
public sealed record ResultSection(bool Relaxed, IReadOnlyList<ResultGroup> Groups);

/// <summary>
/// The order the results page shows: within each section, a commentary's hits gathered at its best hit's rank; the
/// paper's hits each in their own place. The first result stays the best one (a group is placed where its best hit
/// ranked, and its best hit leads it). Every hit of the page is shown — none is cut, or paging would skip it — and a
/// commentary's matches on other pages are counted under its last group. The judged-set bench scores this order.
/// </summary>
public static class ResultGroups
{
    /// <param name="response">A search's answer: its page of hits, in rank order.</param>
    /// <param name="documentFilter">The document the search is filtered to: then nothing is gathered or cut.</param>
    public static IReadOnlyList<ResultSection> Of(SearchResponse response, string? documentFilter)
    {
        // On a page of a too-little search, the hits before this index held every word; the rest were relaxed.
        var strictOnPage = response.Relaxed is { AfterStrict: true } r
            ? Math.Clamp(r.Strict + r.Sources - (response.Page - 1) * SearchLimits.PageSize, 0, response.Hits.Count)
            : response.Hits.Count;
        var parts = new List<(bool Relaxed, List<(string? Document, List<SearchHit> Hits)> Groups)>();
        if (strictOnPage > 0) parts.Add((false, Gather(response.Hits.Take(strictOnPage), documentFilter)));
        if (strictOnPage < response.Hits.Count) parts.Add((true, Gather(response.Hits.Skip(strictOnPage), documentFilter)));
        // A document's hits shown anywhere on the page (its strict ones too) are not among its "more"; the count goes
        // under the document's last group on the page, once.
        var groups = parts.SelectMany(p => p.Groups).Where(g => g.Document is not null).ToList();
        var shown = groups.GroupBy(g => g.Document!).ToDictionary(d => d.Key, d => d.Sum(g => g.Hits.Count));
        var last = groups.GroupBy(g => g.Document!).Select(d => d.Last().Hits).ToHashSet();
        return parts.Select(p => new ResultSection(p.Relaxed, p.Groups.Select(g => new ResultGroup(g.Document, g.Hits,
                g.Document is { } document && last.Contains(g.Hits) ? Math.Max(0, response.DocumentCounts.GetValueOrDefault(document) - shown[document]) : 0))
            .ToList())).ToList();
    }

    /// <summary>The hits a page shows, in the order it shows them.</summary>
    public static IReadOnlyList<SearchHit> Shown(IReadOnlyList<ResultSection> sections) =>
        sections.SelectMany(s => s.Groups).SelectMany(g => g.Hits).ToList();

    /// <summary>The hits a page shows for a search, in order: what a reader sees, and what the judged set scores.</summary>
    public static IReadOnlyList<SearchHit> Shown(SearchResponse response, string? documentFilter = null) => Shown(Of(response, documentFilter));

    /// <summary>
    /// A hit joins its commentary's group above only when no result it would pass scores more than this many times
    /// its own score (twice: half as good). "peace deficit": Lei Kezhong ¶3 holds the phrase, and thirteen more of his
    /// paragraphs hold "peace" beside his title's words (the record every paragraph carries); gathered under ¶3 they
    /// stood above the paper's "deficits in peace", which scores more than twice as much as any of them.
    /// </summary>
    internal const float MostPassed = 2f;

    /// <summary>
    /// The hits in groups, by first appearance: a commentary's together (unless filtered to one document), anything
    /// else alone; a commentary's weaker hits that would pass clearly better results start a group of their own, in
    /// their place (<see cref="MostPassed"/>).
    /// </summary>
    private static List<(string? Document, List<SearchHit> Hits)> Gather(IEnumerable<SearchHit> hits, string? documentFilter)
    {
        var groups = new List<(string? Document, List<SearchHit> Hits)>();
        foreach (var hit in hits)
        {
            var document = hit.Kind == UnitKinds.Commentary && documentFilter is null ? hit.Document : null;
            var group = document is null ? -1 : groups.FindLastIndex(g => g.Document == document);
            // The hits come in rank order, so the results it would pass all score at least as much as it does.
            if (group >= 0 && groups.Skip(group + 1).Any(g => g.Hits[0].Score > MostPassed * hit.Score)) group = -1;
            if (group < 0) groups.Add((document, [hit]));
            else groups[group].Hits.Add(hit);
        }
        return groups;
    }
}
