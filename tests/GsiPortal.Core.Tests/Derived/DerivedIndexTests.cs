using System.Globalization;
using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Core.Search;
using GsiPortal.Core.Tests.Editions;
using GsiPortal.Testing;

namespace GsiPortal.Core.Tests.Derived;

/// <summary>
/// The search index's files kept between starts (<see cref="IndexFiles"/>, <see cref="DerivedCache"/>): an index read
/// from them answers exactly as one built, and a cache that is missing, corrupt, stale, half-written, foreign or
/// unwritable never changes an answer nor throws — the index is built, with a warning for anything but a miss.
/// </summary>
public sealed class DerivedIndexTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-derived-").FullName;
    private readonly List<string> warnings = [];

    private readonly List<DerivedCache> caches = [];

    private DerivedCache Cache(AtomicFiles? files = null)
    {
        var cache = new DerivedCache(folder, (message, exception) => { lock (warnings) warnings.Add(message + (exception is null ? "" : $" ({exception.Message})")); }, files);
        caches.Add(cache);
        return cache;
    }

    /// <summary>The real library's index built with the cache, its write awaited: what a first start leaves behind.</summary>
    private PortalIndex Written(ContentLibrary library)
    {
        var cache = Cache();
        var index = PortalIndex.Build(library, quotations: true, cache);
        cache.Writes.GetAwaiter().GetResult();
        Assert.False(index.FilesKept);
        return index;
    }

    private string OnlyEntry() => Assert.Single(Directory.GetFiles(folder, IndexFiles.Kind + "-*.bin"));

    [Fact]
    public void An_index_read_from_the_cache_answers_every_judged_query_exactly_as_one_built()
    {
        Written(RealContent.Library).Dispose();
        var read = PortalIndex.Build(RealContent.Library, quotations: true, Cache());
        Assert.True(read.FilesKept);
        var built = RealContent.Index;
        Assert.False(built.FilesKept);
        var queries = new[] { "search-judgements.tsv", "search-judgements-late.tsv", "search-judgements-own-words-tuning.tsv" }
            .SelectMany(f => SearchJudgements.Load(Repository.Path("tests/Shared/" + f))).Select(j => j.Query).Distinct().ToList();
        Assert.True(queries.Count > 300);
        var requests = queries.SelectMany(q => new[] { new SearchRequest(q), new SearchRequest(q, Page: 2), new SearchRequest(q, Kind: "commentary"), new SearchRequest(q, Document: "paper") });
        foreach (var request in requests)
            Assert.Equal(Answer(built, request), Answer(read, request));
        foreach (var q in queries.Take(100))
            Assert.Equal(string.Join("|", built.Suggest(q).Select(s => s.Text + s.Url)), string.Join("|", read.Suggest(q).Select(s => s.Text + s.Url)));
        Assert.Empty(warnings);
        read.Dispose();
    }

    [Fact]
    public async Task An_edition_built_with_the_cache_has_the_same_cross_references_and_pages_data()
    {
        var cache = Cache();
        Edition.Build(RealContent.Library, cache).Release();
        await cache.Writes;
        var read = Edition.Build(RealContent.Library, Cache());
        var built = Edition.Build(RealContent.Library);
        Assert.True(read.Search.FilesKept);
        Assert.Equal(Links(built), Links(read));
        Assert.Equal(built.Search.UnitCount, read.Search.UnitCount);
        Assert.Equal(built.Search.Kinds, read.Search.Kinds);
        Assert.Equal(built.Search.Documents, read.Search.Documents);
        Assert.Equal(Answer(built.Search, new SearchRequest("common security")), Answer(read.Search, new SearchRequest("common security")));
        Assert.Empty(warnings);
        read.Release();
        built.Release();

        static string Links(Edition edition) => string.Join("\n", edition.CrossReferences.Links.Select(l => $"{l.Commentary.Anchor} {l.Item?.Anchor} {l.Strength} {l.SharedWords} {l.Similarity.ToString("R", CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void A_missing_cache_builds_without_a_warning_and_keeps_the_files()
    {
        using var index = Written(RealContent.Library);
        Assert.Empty(warnings);
        Assert.Single(Directory.GetFiles(folder, IndexFiles.Kind + "-*.bin"));
        // Nothing but the entry: no temporary file is left once the write is done.
        Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_made_when_the_files_are_kept()
    {
        var inner = Path.Combine(folder, "not", "yet");
        var cache = new DerivedCache(inner);
        using var index = PortalIndex.Build(RealContent.Library, quotations: false, cache);
        await cache.Writes;
        Assert.Single(Directory.GetFiles(inner, IndexFiles.Kind + "-*.bin"));
    }

    public static TheoryData<string> Damages => ["flipped", "half", "empty", "foreign", "trailing", "renamed", "not-lucene"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_entry_is_not_read_the_index_is_built_and_answers_as_built(string damage)
    {
        Written(RealContent.Library).Dispose();
        var path = OnlyEntry();
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "flipped": bytes[bytes.Length / 2] ^= 0x20; File.WriteAllBytes(path, bytes); break;
            case "half": File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "foreign": File.WriteAllText(path, "not a file this site wrote\n"); break;
            case "trailing": File.WriteAllBytes(path, [.. bytes, 0]); break;
            case "renamed":
                // Another content's entry, moved to this content's name: whole and hashed right, but not this content's.
                var other = ArchiveFixture.Library(ArchiveFixture.Files("lei-kezhong.md", "indivisible", "indivisibly"));
                var otherCache = Cache();
                PortalIndex.Build(other, quotations: false, otherCache).Dispose();
                await otherCache.Writes;
                var otherPath = Directory.GetFiles(folder, IndexFiles.Kind + "-*.bin").Single(p => p != path);
                File.Move(otherPath, path, overwrite: true);
                break;
            case "not-lucene":
                // Whole, hashed and named right, but what it holds is not an index.
                Cache().Keep(IndexFiles.Kind, Path.GetFileNameWithoutExtension(path)[(IndexFiles.Kind.Length + 1)..], "no index at all"u8);
                break;
        }
        using var index = PortalIndex.Build(RealContent.Library, quotations: true, Cache());
        Assert.False(index.FilesKept);
        Assert.Contains(warnings, w => w.Contains(path, StringComparison.Ordinal));
        foreach (var q in new[] { "common security", "food as a weapon", "Khokhar mediation", "indivisible" })
            Assert.Equal(Answer(RealContent.Index, new SearchRequest(q)), Answer(index, new SearchRequest(q)));
    }

    [Fact]
    public async Task A_damaged_entry_is_written_again_by_the_build_and_read_by_the_next_start()
    {
        Written(RealContent.Library).Dispose();
        var path = OnlyEntry();
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]);
        var cache = Cache();
        PortalIndex.Build(RealContent.Library, quotations: false, cache).Dispose();
        await cache.Writes;
        warnings.Clear();
        using var again = PortalIndex.Build(RealContent.Library, quotations: false, Cache());
        Assert.True(again.FilesKept);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Changed_content_is_not_read_from_the_entry_of_the_content_before_it()
    {
        // What a reload after an edit does: the new content has its own key, so its index is built, with the new word.
        Written(RealContent.Library).Dispose();
        var edited = ArchiveFixture.Library(ArchiveFixture.Files("lei-kezhong.md", "indivisible", "zqxindivisible"));
        using var index = PortalIndex.Build(edited, quotations: false, Cache());
        Assert.False(index.FilesKept);
        Assert.Empty(warnings);
        Assert.NotEqual(0, index.Search(new SearchRequest("zqxindivisible")).Total);
        Assert.Equal(0, RealContent.Index.Search(new SearchRequest("zqxindivisible")).Total);
    }

    [Fact]
    public void Search_terms_changed_alone_give_another_key()
    {
        // The search terms make no new edition but another cache version; the index's units do not change with them,
        // yet what the files were built beside must be the same.
        var units = SearchUnits.From(RealContent.Library).ToList();
        var key = IndexFiles.Key(RealContent.Library.CacheVersion, units);
        var terms = ArchiveFixture.Library(ArchiveFixture.Files(), RealContent.Library.SearchTermsText + "\n# an edit\n");
        Assert.NotEqual(RealContent.Library.CacheVersion, terms.CacheVersion);
        Assert.NotEqual(key, IndexFiles.Key(terms.CacheVersion, SearchUnits.From(terms).ToList()));
    }

    [Fact]
    public void Another_build_of_the_code_gives_another_key()
    {
        var units = SearchUnits.From(RealContent.Library).ToList();
        var version = RealContent.Library.CacheVersion;
        var code = CodeIdentity.Of(typeof(IndexFiles).Assembly);
        Assert.Contains(typeof(IndexFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N"), code, StringComparison.Ordinal);
        Assert.NotEqual(IndexFiles.Key(code, version, units), IndexFiles.Key(code.Replace('a', 'b'), version, units));
        Assert.Equal(IndexFiles.Key(version, units), IndexFiles.Key(version, units));
        // A unit's text changed alone (as no loaded library could without a new version) changes the key too.
        var changed = units.Select((u, i) => i == 3 ? u with { Text = u.Text + " more" } : u).ToList();
        Assert.NotEqual(IndexFiles.Key(code, version, units), IndexFiles.Key(code, version, changed));
    }

    [Fact]
    public void Another_list_of_classical_plurals_gives_another_key()
    {
        // The list decides the index's stems ("crises" indexed as "crisi"): an index built with another list is not read.
        var units = SearchUnits.From(RealContent.Library).ToList();
        var (code, version) = (CodeIdentity.Of(typeof(IndexFiles).Assembly), RealContent.Library.CacheVersion);
        Assert.Equal(IndexFiles.Key(code, version, units), IndexFiles.Key(code, version, units, ClassicalPlurals.Identity));
        Assert.NotEqual(IndexFiles.Key(code, version, units), IndexFiles.Key(code, version, units, ClassicalPlurals.Identity + "media\tmedium\n"));
    }

    [Fact]
    public void A_leftover_temporary_file_is_not_read()
    {
        var units = SearchUnits.From(RealContent.Library).ToList();
        var name = Path.GetFileName(Cache().PathOf(IndexFiles.Kind, IndexFiles.Key(RealContent.Library.CacheVersion, units)));
        // A write cut short by the process's end: the temporary file AtomicFiles writes before its rename.
        File.WriteAllBytes(Path.Combine(folder, $".{name}.1.0{AtomicFiles.TemporarySuffix}"), "gsiportal-derived 1\n"u8.ToArray());
        using var index = PortalIndex.Build(RealContent.Library, quotations: false, Cache());
        Assert.False(index.FilesKept);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task An_unwritable_folder_warns_and_the_index_serves()
    {
        // The folder's path is a file: nothing can be written under it.
        var file = Path.Combine(folder, "a-file");
        File.WriteAllText(file, "");
        var cache = new DerivedCache(file, (message, _) => { lock (warnings) warnings.Add(message); });
        using var index = PortalIndex.Build(RealContent.Library, quotations: false, cache);
        await cache.Writes;
        Assert.Contains(warnings, w => w.Contains("could not be written", StringComparison.Ordinal));
        Assert.Equal(Answer(RealContent.Index, new SearchRequest("common security")), Answer(index, new SearchRequest("common security")));
    }

    [Fact]
    public async Task A_full_disk_warns_and_leaves_no_entry()
    {
        var cache = Cache(new AtomicFiles { Create = _ => throw new IOException("No space left on device") });
        using var index = PortalIndex.Build(RealContent.Library, quotations: false, cache);
        await cache.Writes;
        Assert.Contains(warnings, w => w.Contains("No space left", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_folder_or_a_pipe_in_the_entry_s_place_is_not_read()
    {
        var units = SearchUnits.From(RealContent.Library).ToList();
        var path = Cache().PathOf(IndexFiles.Kind, IndexFiles.Key(RealContent.Library.CacheVersion, units));
        Directory.CreateDirectory(path);
        var cache = Cache();
        using (var index = PortalIndex.Build(RealContent.Library, quotations: false, cache))
            Assert.False(index.FilesKept);
        // The build's write fails on the folder in the way: a warning, nothing more.
        await cache.Writes;
        Assert.True(Directory.Exists(path));
        Directory.Delete(path);
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(path, Mono.Unix.Native.FilePermissions.ACCESSPERMS));
        warnings.Clear();
        // Opened, a pipe with no writer would block the start for ever; it is refused before it is opened.
        cache = Cache();
        using (var index = PortalIndex.Build(RealContent.Library, quotations: false, cache))
            Assert.False(index.FilesKept);
        Assert.Contains(warnings, w => w.Contains("named pipe", StringComparison.Ordinal));
        await cache.Writes;
    }

    [Fact]
    public void Only_the_newest_entries_are_kept()
    {
        var cache = Cache();
        for (var i = 0; i < DerivedCache.KeptPerKind + 2; i++)
        {
            cache.Keep(IndexFiles.Kind, $"{i:x64}", "body"u8);
            File.SetLastWriteTimeUtc(cache.PathOf(IndexFiles.Kind, $"{i:x64}"), DateTime.UtcNow.AddMinutes(i - 10));
        }
        var kept = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(DerivedCache.KeptPerKind, kept.Count);
        Assert.DoesNotContain(Path.GetFileName(cache.PathOf(IndexFiles.Kind, $"{0:x64}")), kept);
        Assert.Equal("body"u8.ToArray(), cache.Read(IndexFiles.Kind, $"{DerivedCache.KeptPerKind + 1:x64}"));
    }

    /// <summary>Every field of an answer that a page or the API shows, as text.</summary>
    private static string Answer(PortalIndex index, SearchRequest request)
    {
        SearchResponse r;
        try { r = index.Search(request); }
        catch (InvalidSearchException e) { return "refused " + e.Message; }
        var f = CultureInfo.InvariantCulture;
        var w = new StringBuilder();
        w.AppendLine($"{r.Query} {r.Total} {r.PageCount} {r.Page} {r.Corrected} {r.SearchedCorrected} {r.OtherScript} {r.AsTyped}");
        w.AppendLine(string.Join(",", r.KindCounts.OrderBy(c => c.Key, StringComparer.Ordinal)) + " " + string.Join(",", r.DocumentCounts.OrderBy(c => c.Key, StringComparer.Ordinal)));
        w.AppendLine(string.Join(",", r.MarkTerms.Order(StringComparer.Ordinal)));
        w.AppendLine(r.Relaxed is { } x ? $"[{string.Join(",", x.NotRequired)}] [{string.Join(",", x.Words)}] {x.Required} {x.Strict} {x.Sources}" : "-");
        w.AppendLine($"{r.Reference} {r.ReferenceFirst} {r.ReferencedPassage?.Address} {r.WordsApart} {r.UnfilteredTotal} {r.NamedFirst}");
        w.AppendLine(string.Join("; ", r.AlsoSearched.Select(a => $"{a.Typed}→{string.Join("/", a.Forms)} {a.TypedFound}")));
        w.AppendLine(string.Join("; ", r.Separately.Select(s => $"{s.Text}|{s.Query}|{s.Units}")));
        foreach (var h in r.Hits)
            w.AppendLine($"{h.Id} {h.Kind} {h.Document} {h.Url} {h.Location} {h.Title} {h.Score.ToString("R", f)} :: "
                + string.Concat(h.Snippet.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))
                + string.Join("/", h.Note.Apart)
                + string.Concat(h.Note.Outside.Select(o => $" {o.Place}:{string.Join("/", o.Words)}:{string.Concat(o.Text.Select(s => s.Marked ? $"[{s.Text}]" : s.Text))}")));
        return w.ToString();
    }

    public void Dispose()
    {
        // A build's write in the background, done before the folder goes (else it would make the folder again).
        Task.WaitAll([.. caches.Select(c => c.Writes)]);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
