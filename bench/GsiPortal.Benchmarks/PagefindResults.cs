using GsiPortal.Core.Search;

/// <summary>
/// Maps a page-level search result (a page's address and an excerpt of it, as Pagefind returns) to the id of one of
/// our search units, so both engines are judged against the same targets: an item's own page is its item; on a page
/// holding several units (a commentary, a part, the whole paper) the unit whose text holds most of the excerpt's
/// word triples; any other page (the coverage table, the list of commentaries), or a page none of whose units holds
/// the excerpt, stays "page:/address" — a reader sent there has not been sent to the passage.
/// </summary>
internal sealed class PagefindResults(IReadOnlyList<SearchUnit> units)
{
    private readonly Dictionary<SearchUnit, HashSet<string>> triples = units.ToDictionary(u => u, u => Triples(u.Text));

    /// <summary>Reads lines of query, then url␟excerpt per result, best first.</summary>
    public Dictionary<string, IReadOnlyList<string>> Read(string path) =>
        File.ReadAllLines(path).Select(l => l.Split('\t')).Where(f => f.Length > 0 && f[0].Length > 0)
            .ToDictionary(f => f[0], f => (IReadOnlyList<string>)f.Skip(1).Where(r => r.Length > 0).Select(r => r.Split('\u001f')).Select(r => Unit(r[0], r.Length > 1 ? r[1] : "")).ToList());

    private string Unit(string url, string excerpt)
    {
        var page = url.Split('#')[0].Replace("/index.html", "").TrimEnd('/');
        if (page.Length == 0) page = "/";
        // The units a page shows: its own, and on a part's page or the whole paper's the items beneath it.
        var pool = page == "/" ? [] : units.Where(u => u.Url == page || u.Url.StartsWith(page + "#", StringComparison.Ordinal) || u.Url.StartsWith(page + "/", StringComparison.Ordinal)).ToList();
        if (pool.Count == 1) return pool[0].Id;
        var wanted = Triples(excerpt);
        var best = pool.Select(u => (Unit: u, Shared: triples[u].Count(wanted.Contains))).OrderByDescending(x => x.Shared).FirstOrDefault();
        return best.Unit is not null && best.Shared > 0 ? best.Unit.Id : $"page:{page}";
    }

    private static HashSet<string> Triples(string text)
    {
        var words = new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 2)).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}").ToHashSet();
    }
}
