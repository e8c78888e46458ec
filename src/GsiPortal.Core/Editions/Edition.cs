using System.Diagnostics;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Publishing;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Editions;

/// <summary>
/// One content version and everything derived from it, built once and never changed: the library, its address
/// book, the search index, the quote checker, cross-references with the coverage matrix, key terms and citations.
/// A request reads exactly one edition from start to end. The edition counts who holds it, so its index is
/// disposed only when the last request that took it has finished.
/// </summary>
public sealed class Edition
{
    private int holders = 1; // the holder that put it in service

    private readonly PortalIndex? search;

    private Edition(ContentLibrary library, PortalIndex? search, CrossReferenceMap crossReferences, KeyTerms terms, QuoteChecker quotes, IReadOnlyDictionary<string, TimeSpan> buildTimes)
    {
        Library = library;
        Addresses = library.Addresses;
        this.search = search;
        CrossReferences = crossReferences;
        Terms = terms;
        Quotes = quotes;
        QuoteAudit = new QuoteAudit(quotes);
        Citations = new CitationCache(library.Stamp);
        Publications = new Publications(library);
        subjectHeadings = new(() => Subjects.SubjectHeadings.Of(library));
        BuildTimes = buildTimes;
        BuiltAt = DateTimeOffset.UtcNow;
    }

    public ContentLibrary Library { get; }
    public Paper Paper => Library.Paper;
    /// <summary>A short hash of every content file: what caches and ETags key on.</summary>
    public string Version => Library.Version;
    /// <summary>The version and the date of the latest recorded change, stated on every page and in every citation.</summary>
    public Changes.EditionStamp Stamp => Library.Stamp;
    public AddressBook Addresses { get; }

    /// <summary>This edition's fixed address for a site address: <c>/editions/{version}/paper/commitments/4</c>, served as this edition has it, for ever.</summary>
    public string FixedAddress(string address) => EditionAddress.Of(Version, address);
    /// <summary>
    /// The search index. Only the current edition has one: search reads the current texts, and an earlier edition,
    /// read by its addresses, is smaller and quicker to build without it (docs/performance.md, "Editions").
    /// </summary>
    public PortalIndex Search => search ?? throw new InvalidOperationException($"Edition {Version} is an earlier edition and has no search index.");

    /// <summary>False for an earlier edition, built without a search index.</summary>
    public bool HasSearch => search is not null;

    /// <summary>What today's checks find in an archived edition and let pass, as it is history (a [sic] word its text lacks).</summary>
    public IReadOnlyList<ContentError> Warnings { get; private init; } = [];
    public QuoteChecker Quotes { get; }
    public QuoteAudit QuoteAudit { get; }
    public CrossReferenceMap CrossReferences { get; }
    public KeyTerms Terms { get; }
    public CitationCache Citations { get; }
    /// <summary>The whole edition as EPUB and PDF, each built on first request and kept.</summary>
    public Publications Publications { get; }
    /// <summary>The editors' subject index as a book prints it, term by term (<c>/subjects</c>): made on first request and kept.</summary>
    public Subjects.SubjectHeadings SubjectHeadings => subjectHeadings.Value;
    private readonly Lazy<Subjects.SubjectHeadings> subjectHeadings;
    public DateTimeOffset BuiltAt { get; }
    /// <summary>How long each part of the build took, for the log.</summary>
    public IReadOnlyDictionary<string, TimeSpan> BuildTimes { get; }

    /// <summary>
    /// Builds everything derived from a library. The index and the cross-references, the two slow parts, are built
    /// side by side on dedicated threads: at start-up the thread pool's few threads are needed to start the server.
    /// </summary>
    public static Edition Build(ContentLibrary library) => Build(library, withSearch: true, [], null);

    /// <summary>
    /// As <see cref="Build(ContentLibrary)"/>, what the same content and code always derive alike (the search index's
    /// files, the cross-references' findings) read from <paramref name="derived"/> when it holds them, and kept there when built.
    /// </summary>
    public static Edition Build(ContentLibrary library, Derived.DerivedCache? derived) => Build(library, withSearch: true, [], derived);

    /// <summary>An earlier edition, read as history: no search index, and the warnings today's checks found in it.</summary>
    public static Edition BuildEarlier(ContentLibrary library, IReadOnlyList<ContentError> warnings) => Build(library, withSearch: false, warnings, null);

    private static Edition Build(ContentLibrary library, bool withSearch, IReadOnlyList<ContentError> warnings, Derived.DerivedCache? derived)
    {
        var times = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        var search = withSearch
            ? Task.Factory.StartNew(() => (PortalIndex?)Timed("search index", () => PortalIndex.Build(library, quotations: false, derived), times), TaskCreationOptions.LongRunning)
            : Task.FromResult<PortalIndex?>(null);
        var crossReferences = Task.Factory.StartNew(() => Timed("cross-references", () => Derived.CrossReferenceFiles.ReadOrBuild(derived, library), times), TaskCreationOptions.LongRunning);
        var terms = Timed("key terms", () => new KeyTerms(library), times);
        var quotes = Timed("quote checker", () => new QuoteChecker(library), times);
        var index = search.GetAwaiter().GetResult();
        var map = crossReferences.GetAwaiter().GetResult();
        // Built side by side, the index learns where the commentaries quote the paper once both are done.
        if (index is not null)
        {
            index.Quotations = QuotedSources.Of(map.Shared);
            index.CommentaryOnItem = new CommentaryOnItem(library.Addresses.References.ReadCommentaryOnItem, map);
        }
        return new Edition(library, index, map, terms, quotes, times) { Warnings = warnings };
    }

    private static T Timed<T>(string what, Func<T> build, System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> times)
    {
        var started = Stopwatch.GetTimestamp();
        var built = build();
        times[what] = Stopwatch.GetElapsedTime(started);
        return built;
    }

    /// <summary>Takes a hold on the edition, unless it has already been retired and released by everyone.</summary>
    internal bool TryAcquire()
    {
        var seen = Volatile.Read(ref holders);
        while (seen > 0)
        {
            var before = Interlocked.CompareExchange(ref holders, seen + 1, seen);
            if (before == seen) return true;
            seen = before;
        }
        return false;
    }

    /// <summary>Gives a hold back; the last one releases the index.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref holders) == 0) search?.Dispose();
    }

    /// <summary>True once every holder has let go and the index is released.</summary>
    public bool IsReleased => Volatile.Read(ref holders) == 0;
}
