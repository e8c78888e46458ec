using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Which searches the output cache may keep: one asked for the second time. Most distinct searches are asked once, so
/// keeping each on its first asking cost every search a key, a lookup that misses, a buffered copy of the answer and a
/// store that evicts something a later request could have used — a quarter of a distinct search's time in the profile
/// (docs/performance.md). A search asked again (a link shared, a reader paging back, a popular term) is kept from its
/// second asking and served from the cache from its third, as before. Pages and other answers are not affected.
/// </summary>
/// <remarks>
/// What was asked is remembered as a hash in a fixed table (no allocation, no lock: a lost write or a slot taken by
/// another search only means one more search computed, or one more kept). A conditional request (If-None-Match) was
/// asked before by definition and takes the cache's path.
/// </remarks>
public sealed class SearchAdmission
{
    /// <summary>Searches remembered: a table of 64 KB. A search asked again after 16,384 other distinct ones may count as new.</summary>
    public const int Remembered = 16_384;

    private readonly int[] asked = new int[Remembered];

    /// <summary>Whether this request may use the output cache: true for everything but a search asked for the first time.</summary>
    public bool Admits(HttpContext context)
    {
        var request = context.Request;
        var isPage = request.Path.Equals(Routes.Search, StringComparison.OrdinalIgnoreCase);
        if (!isPage && !request.Path.Equals(Routes.ApiSearch, StringComparison.OrdinalIgnoreCase)) return true;
        if (request.Headers.IfNoneMatch.Count > 0) return true;
        var hash = Fingerprint(request, isPage) | 1; // 0 is an empty slot
        ref var slot = ref asked[hash & (Remembered - 1)];
        if (Volatile.Read(ref slot) == hash) return true;
        Volatile.Write(ref slot, hash);
        return false;
    }

    /// <summary>
    /// What keys the cached answer, less what is the same for every request to one site (edition, day): the path, the
    /// host, the encodings asked for and, for the API, the whole query; for the page, the parameters it reads
    /// (<see cref="CacheKeys.PageParameters"/>), so that junk parameters do not make a search new.
    /// </summary>
    private static int Fingerprint(HttpRequest request, bool isPage)
    {
        var hash = new HashCode();
        hash.Add(request.Path.Value, StringComparer.OrdinalIgnoreCase);
        hash.Add(request.Host.Value);
        hash.Add(request.Headers.AcceptEncoding.ToString());
        if (!isPage)
        {
            hash.Add(request.QueryString.Value);
            return hash.ToHashCode();
        }
        foreach (var name in CacheKeys.PageParameters)
            if (request.Query.TryGetValue(name!, out var value))
            {
                hash.Add(name);
                hash.Add(value.ToString());
            }
        hash.Add(request.Query[Routes.HighlightParameter].ToString());
        return hash.ToHashCode();
    }
}
