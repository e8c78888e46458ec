using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Editions.Archive;

/// <summary>An archived edition's files as read back: the texts, the search terms and link judgements it was served with; or the problem.</summary>
public sealed record ArchivedFiles(IReadOnlyList<(string Name, string Markdown)>? Files, string? SearchTerms, string? Links, ArchiveProblem? Problem);

/// <summary>
/// Every edition the site has served, kept in a folder so that each can be served again for ever:
/// <c>blobs/ab/abcd…</c> holds each file's UTF-8 bytes under their SHA-256 (an unchanged file is stored once, however
/// many editions hold it); <c>editions/{id}.json</c> lists an edition's files (the search terms and the editors' link
/// judgements it was first served with among them), written last, so a listed edition is
/// complete; <c>aliases/{id}</c> names the edition an id issued under the earlier rule belongs to (see
/// <see cref="ContentVersion"/>); <c>removed/{id}</c> holds the editors' reason for removing an edition.
/// Every file is written atomically (<see cref="AtomicFiles"/>), so several processes may archive into one folder.
/// </summary>
public sealed class EditionArchive(string folder, AtomicFiles? files = null)
{
    private const string Blobs = "blobs";
    private const string Editions = "editions";
    private const string Aliases = "aliases";
    private const string Removed = "removed";
    private const string ManifestExtension = ".json";
    /// <summary>Far past any content file's limit (Portal:MaxContentFileBytes, 2 MiB by default): a larger blob was not written by the archive.</summary>
    private const long LargestFile = 64L * 1024 * 1024;

    private readonly AtomicFiles writer = files ?? new AtomicFiles();

    public string Folder { get; } = folder;

    /// <summary>Archives a library read from the content folder (or from git), unless its edition is already here; returns its entry.</summary>
    public ArchivedEdition Store(ContentLibrary library, DateTimeOffset archived, string from)
    {
        var date = library.Stamp.Date ?? DateOnly.FromDateTime(archived.UtcDateTime);
        var changes = library.Changes.Entries.Reverse().Select(c => c.Id).ToList();
        var stored = Store(library.Version, library.Sources, library.SearchTermsText, date, changes, archived, from, library.AntonymsText, library.LinksText);
        // The id these files had under the first rule, where they were ever issued one; never the cache version of
        // files with antonyms or link judgements (every links.yml edit would add an alias nobody cited).
        if (ContentVersion.OfFirstRule(library.Sources, library.SearchTermsText, library.AntonymsText, library.LinksText) is { } first) AddAlias(first, library.Version);
        // The id these texts were issued under before the antonyms were part of an edition (an alias only where no edition has it).
        AddAlias(ContentVersion.OfTextsAlone(library.Sources), library.Version);
        return stored;
    }

    /// <summary>
    /// Archives an edition's files (its antonym list among them): blobs first, the manifest last. An edition already
    /// listed is left as it is (with the search terms and link judgements it was first served with), except that a
    /// manifest written before the archive kept link judgements is completed with <paramref name="links"/>: they are
    /// judgements it was served with.
    /// </summary>
    public ArchivedEdition Store(string id, IReadOnlyList<(string Name, string Markdown)> sources, string? searchTerms,
        DateOnly date, IReadOnlyList<string> changes, DateTimeOffset archived, string from, string? antonyms = null, string? links = null)
    {
        if (!ContentVersion.IsWellFormed(id)) throw new ArgumentException($"'{id}' is not an edition id", nameof(id));
        if (TryReadManifest(id, out var existing, out _) && existing is not null)
        {
            if (existing.KnowsLinks) return existing;
            // Replaced whole and atomically; two processes completing it at once write the same judgements' hash or
            // each a set the edition was served with, and either is true.
            var completed = existing with { Links = links is null ? null : StoreBlob(links), Format = ArchivedEdition.CurrentFormat };
            writer.Write(ManifestPath(id), ArchiveJson.Write(completed));
            return completed;
        }
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, markdown) in sources) hashes[name] = StoreBlob(markdown);
        var terms = searchTerms is null ? null : StoreBlob(searchTerms);
        var judged = links is null ? null : StoreBlob(links);
        var edition = new ArchivedEdition(id, date, archived, from, hashes, terms, changes, antonyms is null ? null : StoreBlob(antonyms), judged, ArchivedEdition.CurrentFormat);
        writer.Write(ManifestPath(id), ArchiveJson.Write(edition), keepExisting: true);
        return edition;
    }

    /// <summary>Records that an id issued under the earlier rule names <paramref name="edition"/>.</summary>
    public void AddAlias(string issued, string edition)
    {
        if (!ContentVersion.IsWellFormed(issued) || !ContentVersion.IsWellFormed(edition) || issued == edition) return;
        writer.Write(Path.Combine(Folder, Aliases, issued), Encoding.UTF8.GetBytes(edition), keepExisting: true);
    }

    /// <summary>Removes an edition from service, deliberately: it then answers 410 with the reason. Its files stay.</summary>
    public void Remove(string id, string reason) =>
        writer.Write(Path.Combine(Folder, Removed, id), Encoding.UTF8.GetBytes(reason.Trim()));

    /// <summary>Every edition listed, oldest first, with the problems of manifests that cannot be read.</summary>
    public (IReadOnlyList<ArchivedEdition> Editions, IReadOnlyList<ArchiveProblem> Problems) List()
    {
        var editions = new List<ArchivedEdition>();
        var problems = new List<ArchiveProblem>();
        foreach (var path in Names(Editions).Where(n => n.EndsWith(ManifestExtension, StringComparison.Ordinal)))
        {
            var id = path[..^ManifestExtension.Length];
            if (!ContentVersion.IsWellFormed(id)) continue;
            if (TryReadManifest(id, out var edition, out var problem) && edition is not null) editions.Add(edition);
            else if (problem is not null) problems.Add(problem);
        }
        return (editions.OrderBy(e => e.Archived).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(), problems);
    }

    /// <summary>Issued ids (earlier rule) and the editions they name.</summary>
    public IReadOnlyDictionary<string, string> ListAliases() => ReadSmallFiles(Aliases)
        .Where(a => ContentVersion.IsWellFormed(a.Value)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    /// <summary>Removed editions and the editors' reasons.</summary>
    public IReadOnlyDictionary<string, string> ListRemoved() => ReadSmallFiles(Removed);

    /// <summary>
    /// The files of an archived edition, each checked against its hash; or the problem: a file missing, unreadable,
    /// or not matching its hash (truncated or altered). Never throws for what the folder holds.
    /// </summary>
    public ArchivedFiles Read(ArchivedEdition edition)
    {
        var read = new List<(string, string)>();
        foreach (var (name, hash) in edition.Files)
        {
            var (text, problem) = ReadBlob(hash, name, edition.Id);
            if (problem is not null) return new ArchivedFiles(null, null, null, problem);
            read.Add((name, text!));
        }
        string? terms = null;
        if (edition.SearchTerms is { } termsHash)
        {
            // The search terms tune search only: without them the edition is still served, searched plainly.
            var (text, problem) = ReadBlob(termsHash, SearchTerms.FileName, edition.Id);
            terms = problem is null ? text : null;
        }
        string? links = null;
        if (edition.Links is { } linksHash)
        {
            // The judgements are part of what the edition showed: a lost or altered copy is the edition's problem,
            // like a text's, rather than coverage pages quietly shown without them.
            var (text, problem) = ReadBlob(linksHash, CrossReferences.LinkJudgements.FileName, edition.Id);
            if (problem is not null) return new ArchivedFiles(null, null, null, problem);
            links = text;
        }
        return new ArchivedFiles(read, terms, links, null);
    }

    /// <summary>The bytes the archive occupies on disk (every file, temporary ones included).</summary>
    public long SizeBytes()
    {
        try
        {
            return Directory.Exists(Folder) ? new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>How many distinct files (blobs) the archive holds.</summary>
    public int BlobCount()
    {
        var folder = Path.Combine(Folder, Blobs);
        try
        {
            return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(AtomicFiles.TemporarySuffix, StringComparison.Ordinal)) : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>Where a file's bytes are kept: <c>blobs/ab/abcdef…</c>.</summary>
    public string BlobPath(string hash) => Path.Combine(Folder, Blobs, hash[..2], hash);

    public string ManifestPath(string id) => Path.Combine(Folder, Editions, id + ManifestExtension);

    private string StoreBlob(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        writer.Write(BlobPath(hash), bytes, keepExisting: true);
        return hash;
    }

    /// <summary>One file of an archived edition, checked against its hash; or the problem.</summary>
    public (string? Text, ArchiveProblem? Problem) ReadFile(string hash, string name, string edition) => ReadBlob(hash, name, edition);

    private (string? Text, ArchiveProblem? Problem) ReadBlob(string hash, string name, string id)
    {
        var path = BlobPath(hash);
        byte[] bytes;
        try
        {
            // Asked of the file system before opening, as for the content folder: a pipe or a device put in the
            // archive's place would block or never end (Content/FileKind).
            if (!Path.Exists(path)) throw new FileNotFoundException(path);
            if (FileKind.NotRegular(path, out var size) is { } notRegular)
                return (null, new ArchiveProblem(ArchiveProblemKind.Unreadable, $"the archive's copy of {name} in edition {id} ({RelativeBlob(hash)}) {notRegular}"));
            if (size > LargestFile)
                return (null, new ArchiveProblem(ArchiveProblemKind.Corrupt, $"the archive's copy of {name} in edition {id} ({RelativeBlob(hash)}) is {size} bytes, more than any content file may be: it was altered"));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, new ArchiveProblem(ArchiveProblemKind.Missing, $"the archive has lost the file {name} of edition {id} ({RelativeBlob(hash)})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, new ArchiveProblem(ArchiveProblemKind.Unreadable, $"the file {name} of edition {id} cannot be read from the archive: {e.Message}"));
        }
        if (!Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(hash, StringComparison.Ordinal))
            return (null, new ArchiveProblem(ArchiveProblemKind.Corrupt, $"the archive's copy of {name} in edition {id} ({RelativeBlob(hash)}, {bytes.Length} bytes) does not match its hash: it was truncated or altered"));
        return (Encoding.UTF8.GetString(bytes), null);
    }

    private string RelativeBlob(string hash) => Path.GetRelativePath(Folder, BlobPath(hash));

    private bool TryReadManifest(string id, out ArchivedEdition? edition, out ArchiveProblem? problem)
    {
        edition = null;
        problem = null;
        var path = ManifestPath(id);
        try
        {
            if (!File.Exists(path)) return false;
            edition = ArchiveJson.Read(File.ReadAllBytes(path));
            if (edition is null || edition.Id != id || edition.Files is null || edition.Changes is null) throw new JsonException("not an edition's manifest");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            edition = null;
            problem = new ArchiveProblem(e is JsonException ? ArchiveProblemKind.Corrupt : ArchiveProblemKind.Unreadable,
                $"the archive's list of the files of edition {id} cannot be read: {e.Message}");
            return false;
        }
    }

    private IEnumerable<string> Names(string sub)
    {
        var folder = Path.Combine(Folder, sub);
        try
        {
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Select(p => Path.GetFileName(p)).Where(n => !n.StartsWith('.')).ToList()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private Dictionary<string, string> ReadSmallFiles(string sub)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names(sub).Where(ContentVersion.IsWellFormed))
        {
            try
            {
                found[name] = File.ReadAllText(Path.Combine(Folder, sub, name)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A marker that cannot be read counts as absent; the edition's own problems say the rest.
            }
        }
        return found;
    }
}
