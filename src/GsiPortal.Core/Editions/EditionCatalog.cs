using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Editions;

/// <summary>What an edition id in an address names: an archived edition, another id for one, a removed one, or nothing.</summary>
public enum EditionLookupKind { Archived, Alias, Removed, Unknown }

/// <summary>The answer to an id: its kind, the edition (for an archived one or an alias) and the editors' reason (removed).</summary>
public sealed record EditionLookup(EditionLookupKind Kind, ArchivedEdition? Edition, string? Reason = null);

/// <summary>
/// The archive's list of editions as read at one moment, and the changes between them passage by passage: what the
/// /editions pages, the banner and the per-passage history read. Read from the folder when an edition is put in
/// service (never by a request), so a new edition, an import or a removal shows when the content next changes or the
/// site restarts.
/// </summary>
public sealed class EditionCatalog
{
    private readonly Dictionary<string, ArchivedEdition> byId;

    public EditionCatalog(IReadOnlyList<ArchivedEdition> editions, IReadOnlyDictionary<string, string> aliases,
        IReadOnlyDictionary<string, string> removed, IReadOnlyList<ArchiveProblem> problems, PassageHistory history, long sizeBytes, int blobs,
        IReadOnlyDictionary<string, IReadOnlyList<FileChange>>? differences = null)
    {
        Differences = differences ?? new Dictionary<string, IReadOnlyList<FileChange>>();
        Editions = editions;
        ByDate = ByDateOf(editions);
        byId = editions.ToDictionary(e => e.Id, StringComparer.Ordinal);
        // An id that names an edition is that edition's, whatever else was once issued under it: the texts served
        // without an antonym list and then with one were both issued under the id of their texts alone, the first's own.
        Aliases = aliases.Where(a => !byId.ContainsKey(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        Removed = removed;
        Problems = problems;
        History = history;
        SizeBytes = sizeBytes;
        BlobCount = blobs;
    }

    public static EditionCatalog Empty { get; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>(), [], PassageHistory.Empty, 0, 0);

    /// <summary>Reads the archive's lists and compares every edition with the one before it.</summary>
    public static EditionCatalog Read(EditionArchive archive)
    {
        var (editions, problems) = archive.List();
        var history = PassageHistory.Compare(archive, editions);
        return new EditionCatalog(editions, archive.ListAliases(), archive.ListRemoved(), [.. problems, .. history.Problems], history, archive.SizeBytes(), archive.BlobCount(),
            EditionDifference.Read(archive, editions));
    }

    /// <summary>Every archived edition, oldest first (removed ones too: their entry says so).</summary>
    public IReadOnlyList<ArchivedEdition> Editions { get; }
    /// <summary>
    /// Every archived edition in the order of the dates they state, oldest first, and within a day by when each was
    /// made (the archive's time: the commit's, for editions read from git): the order every list of editions shows,
    /// newest first or as it says. It can differ from <see cref="Editions"/>, the order they were made in, where an
    /// edition states an earlier date than one made before it (an archive seeded before the git import kept to the
    /// served line held a side branch's edition of 30 November 2026 before two that state 25 November). Comparisons
    /// ("the edition before") follow the order they were made in.
    /// </summary>
    public IReadOnlyList<ArchivedEdition> ByDate { get; }

    /// <summary>Editions ordered by the date they state, then by when they were made, then by id (for two made at one moment).</summary>
    public static IReadOnlyList<ArchivedEdition> ByDateOf(IEnumerable<ArchivedEdition> editions) =>
        editions.OrderBy(e => e.Date).ThenBy(e => e.Archived).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyDictionary<string, string> Aliases { get; }
    public IReadOnlyDictionary<string, string> Removed { get; }
    /// <summary>Manifests that cannot be read and editions that could not be compared, for /readyz.</summary>
    public IReadOnlyList<ArchiveProblem> Problems { get; }
    public PassageHistory History { get; }

    /// <summary>Each edition's files that differ from the edition it was made after (<see cref="EditionDifference"/>); none for the first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FileChange>> Differences { get; }
    public long SizeBytes { get; }
    public int BlobCount { get; }

    public ArchivedEdition? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>What an id names. A removed edition stays removed whatever else the archive holds.</summary>
    public EditionLookup Lookup(string id)
    {
        if (Removed.TryGetValue(id, out var reason)) return new EditionLookup(EditionLookupKind.Removed, byId.GetValueOrDefault(id), reason);
        if (byId.TryGetValue(id, out var edition)) return new EditionLookup(EditionLookupKind.Archived, edition);
        if (Aliases.TryGetValue(id, out var target) && byId.TryGetValue(target, out var aliased)) return new EditionLookup(EditionLookupKind.Alias, aliased);
        return new EditionLookup(EditionLookupKind.Unknown, null);
    }

    /// <summary>The edition archived just before this one; null for the first.</summary>
    public ArchivedEdition? Before(string id)
    {
        for (var i = 1; i < Editions.Count; i++)
            if (Editions[i].Id == id) return Editions[i - 1];
        return null;
    }

    /// <summary>
    /// The edition a citation naming a day means ("GsiPortal edition of December 5, 2026"): the last one archived of
    /// those stating that day or earlier, not removed — the text as it stood at the end of that day. Null before the first.
    /// </summary>
    public ArchivedEdition? AsOf(DateOnly day) => Editions.LastOrDefault(e => e.Date <= day && !Removed.ContainsKey(e.Id));

    /// <summary>The edition in which a changelog entry first appears.</summary>
    public ArchivedEdition? FirstWith(string changeId) => Editions.FirstOrDefault(e => e.Changes.Contains(changeId));

    /// <summary>
    /// The edition that first had the change: the one the entry names where it was recorded later (<see cref="Changes.Change.MadeIn"/>,
    /// when the archive holds it), else the one that first listed it.
    /// </summary>
    public ArchivedEdition? MadeIn(Changes.Change change) =>
        change.MadeIn is { } id && Lookup(id) is { Kind: EditionLookupKind.Archived or EditionLookupKind.Alias, Edition: { } made } ? made : FirstWith(change.Id);
}
