using System.Collections.Concurrent;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Changes;

namespace GsiPortal.Core.Citations;

/// <summary>
/// Citations of one edition, each built once per passage, format, origin and access date: a cited page and its
/// downloads are asked for the same citations again and again, and only the access date changes, once a day.
/// Bounded, so that a stranger walking every sentence range cannot fill memory.
/// </summary>
public sealed class CitationCache(EditionStamp edition)
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Address, CitationFormat Format, string Origin, DateOnly Accessed), Citation> built = new();

    public Citation For(Passage passage, CitationFormat format, string origin, DateOnly accessed)
    {
        var key = (passage.Address, format, origin, accessed);
        if (built.TryGetValue(key, out var known)) return known;
        var citation = CitationBuilder.Build(passage, format, origin, accessed, edition);
        if (built.Count >= MaxEntries) built.Clear();
        built.TryAdd(key, citation);
        return citation;
    }
}
