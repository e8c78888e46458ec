using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Tests.Editions;

public sealed class EditionArchiveTests : IDisposable
{
    private readonly ArchiveFixture fixture = new();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void AnEditionIsTheTextsAndTheApparatusNotTheSearchTerms()
    {
        var files = ArchiveFixture.Files();
        var withTerms = ContentVersion.Of(files, "abbreviations: {}\n");
        var withOtherTerms = ContentVersion.Of(files, "abbreviations: {WHO: [World Health Organization]}\n");
        Assert.Equal(withTerms.Edition, withOtherTerms.Edition);
        Assert.NotEqual(withTerms.Cache, withOtherTerms.Cache);
        var corrected = ContentVersion.Of(ArchiveFixture.Files("lei-kezhong.md", "Basotho friends", "Basotho friends,"), "abbreviations: {}\n");
        Assert.NotEqual(withTerms.Edition, corrected.Edition);
    }

    [Fact]
    public void TheCacheVersionIsTheIdIssuedBeforeTheRuleChanged()
    {
        // e9ecb91da45f was issued for the content of commit cb8fe95 under the old rule (every .md file and search-terms.yml):
        // the cache version keeps that formula, so the archive can name it an alias of its edition.
        var library = RealContent.Library;
        var antonyms = Path.Combine(RealContent.Folder, "antonyms.yml");
        var links = Path.Combine(RealContent.Folder, GsiPortal.Core.CrossReferences.LinkJudgements.FileName);
        Assert.Equal(ContentVersion.Of(library.Sources, library.SearchTermsText, File.Exists(antonyms) ? File.ReadAllText(antonyms) : null,
            File.Exists(links) ? File.ReadAllText(links) : null, library.SubjectIndexText, library.ReaderQuestionsText).Cache, library.CacheVersion);
        Assert.Equal(ContentVersion.Of(library.Sources, null, library.AntonymsText).Edition, library.Version);
    }

    [Fact]
    public void AnEditOfTheLinkJudgementsGivesTheEditionNoOtherName()
    {
        // Files with an antonym list and link judgements were never named by the first rule: their cache version is a
        // key of the output cache, not an id anyone cited, and each links.yml edit makes a new one.
        var archive = fixture.Archive();
        var files = ArchiveFixture.Files();
        var terms = RealContent.Library.SearchTermsText;
        var antonyms = RealContent.Library.AntonymsText;
        ContentLibrary Judged(string links) =>
            ContentLoader.Load(files, "test", terms, antonyms, links) is { IsValid: true } result ? result.Library! : throw new InvalidOperationException("fixture does not load");
        var first = Judged("links: []\n");
        var edited = Judged("# one more judgement pending\nlinks: []\n");
        Assert.Equal(first.Version, edited.Version);
        Assert.NotEqual(first.CacheVersion, edited.CacheVersion);

        archive.Store(first, Now, "test");
        archive.Store(edited, Now.AddHours(1), "test");
        var catalog = EditionCatalog.Read(archive);

        Assert.Equal([ContentVersion.OfTextsAlone(files)], catalog.Aliases.Where(a => a.Value == first.Version).Select(a => a.Key));
        Assert.Equal(EditionLookupKind.Unknown, catalog.Lookup(first.CacheVersion).Kind);
        Assert.Equal(EditionLookupKind.Unknown, catalog.Lookup(edited.CacheVersion).Kind);
        var listed = Assert.Single(EditionListing.Of(catalog, edited), e => e.Version == first.Version);
        Assert.Equal([ContentVersion.OfTextsAlone(files)], listed.Issued);
    }

    [Fact]
    public void AnIdThatNamesAnEditionIsNeverListedAsAnotherEditionsOtherName()
    {
        // As on 5 December 2026: the texts served without an antonym list, then with one. The second was first issued
        // under the id of its texts alone, which is the first's own id; /editions listed it as the second's "also cited
        // as", while /editions/{that id} served the first.
        var archive = fixture.Archive();
        var files = ArchiveFixture.Files();
        var terms = RealContent.Library.SearchTermsText;
        var without = ContentLoader.Load(files, "test", terms) is { IsValid: true } a ? a.Library! : throw new InvalidOperationException("fixture does not load");
        var with = ContentLoader.Load(files, "test", terms, RealContent.Library.AntonymsText) is { IsValid: true } b ? b.Library! : throw new InvalidOperationException("fixture does not load");
        Assert.Equal(without.Version, ContentVersion.OfTextsAlone(files));
        Assert.NotEqual(without.Version, with.Version);

        archive.Store(without, Now, "test");
        archive.Store(with, Now.AddHours(1), "test");
        archive.AddAlias(ContentVersion.OfTextsAlone(files), with.Version);
        var catalog = EditionCatalog.Read(archive);

        Assert.DoesNotContain(without.Version, catalog.Aliases.Keys);
        Assert.Equal(without.Version, catalog.Lookup(without.Version) is { Kind: EditionLookupKind.Archived } found ? found.Edition!.Id : null);
        Assert.All(EditionListing.Of(catalog, with), e => Assert.DoesNotContain(without.Version, e.Issued));
    }

    [Fact]
    public void AnUnchangedFileIsStoredOnce()
    {
        var archive = fixture.Archive();
        var first = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        var blobsAfterFirst = archive.BlobCount();
        var second = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files("lei-kezhong.md", "Basotho friends", "Basotho friends,")), Now.AddDays(1), "test");

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(ArchiveFixture.Files().Count + 1, blobsAfterFirst); // every file and the search terms
        Assert.Equal(blobsAfterFirst + 1, archive.BlobCount()); // only the changed file is new
        Assert.Equal([first.Id, second.Id], archive.List().Editions.Select(e => e.Id));
    }

    [Fact]
    public void WhatWasStoredReadsBackWordForWord()
    {
        var archive = fixture.Archive();
        var library = ArchiveFixture.Library(ArchiveFixture.Files());
        var stored = archive.Store(library, Now, "test");
        var (files, terms, _, problem) = archive.Read(stored);
        Assert.Null(problem);
        Assert.Equal(library.Sources, files);
        Assert.Equal(library.SearchTermsText, terms);
        Assert.Equal(library.Version, ArchiveFixture.Library(files!, terms).Version);
        Assert.Equal(library.Stamp.Date, stored.Date);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("altered")]
    public void ATamperedFileIsReportedAsNotMatchingItsHash(string how)
    {
        var archive = fixture.Archive();
        var stored = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        var blob = archive.BlobPath(stored.Files["paper.md"]);
        var bytes = File.ReadAllBytes(blob);
        File.WriteAllBytes(blob, how == "truncated" ? bytes[..(bytes.Length / 2)] : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("indivisible", "divisible")));

        var (files, _, _, problem) = archive.Read(stored);
        Assert.Null(files);
        Assert.Equal(ArchiveProblemKind.Corrupt, problem!.Kind);
        Assert.Contains("paper.md", problem.Reason);
        Assert.Contains("does not match its hash", problem.Reason);
    }

    [Fact]
    public void AMissingFileIsReported()
    {
        var archive = fixture.Archive();
        var stored = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        File.Delete(archive.BlobPath(stored.Files["chen-xiangyang.md"]));
        Assert.Equal(ArchiveProblemKind.Missing, archive.Read(stored).Problem!.Kind);
    }

    [Fact]
    public void APipePutInAFilesPlaceIsReportedNotWaitedOn()
    {
        if (OperatingSystem.IsWindows()) return;
        var archive = fixture.Archive();
        var stored = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        var blob = archive.BlobPath(stored.Files["paper.md"]);
        File.Delete(blob);
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(blob, Mono.Unix.Native.FilePermissions.S_IRUSR | Mono.Unix.Native.FilePermissions.S_IWUSR));
        var problem = archive.Read(stored).Problem!;
        Assert.Equal(ArchiveProblemKind.Unreadable, problem.Kind);
        Assert.Contains("named pipe", problem.Reason);
    }

    [Fact]
    public void AFullDiskLosesNothingStoredAndLeavesNoHalfWrittenEdition()
    {
        var folder = fixture.Folder;
        var before = fixture.Archive().Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        // The disk fills up half-way through the first new file: the write fails as the operating system would.
        var full = fixture.Archive(new AtomicFiles { Create = path => new FullDisk(path, 1000) });
        var edited = ArchiveFixture.Library(ArchiveFixture.Files("paper.md", "Humanity is an", "Humanity is one"));
        Assert.Throws<IOException>(() => full.Store(edited, Now.AddDays(1), "test"));

        var archive = fixture.Archive();
        Assert.Equal([before.Id], archive.List().Editions.Select(e => e.Id));
        Assert.Null(archive.Read(before).Problem);
        Assert.Empty(Directory.EnumerateFiles(folder, "*" + AtomicFiles.TemporarySuffix, SearchOption.AllDirectories));
        // Space again: the same edition is archived whole.
        Assert.Null(archive.Read(archive.Store(edited, Now.AddDays(1), "test")).Problem);
    }

    [Fact]
    public void ATemporaryFileLeftByACrashIsNeverAnEdition()
    {
        var archive = fixture.Archive();
        var stored = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        // What a process killed mid-write leaves: a temporary manifest of another edition, cut short.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(archive.ManifestPath(stored.Id))!, ".0123456789ab.json.4242.deadbeef.tmp"), "{\"id\": \"0123456789ab\", \"fi");
        var (editions, problems) = archive.List();
        Assert.Equal([stored.Id], editions.Select(e => e.Id));
        Assert.Empty(problems);
    }

    [Fact]
    public void IdsIssuedEarlierAndRemovedEditionsAreLookedUp()
    {
        var archive = fixture.Archive();
        var library = ArchiveFixture.Library(ArchiveFixture.Files());
        var stored = archive.Store(library, Now, "test");
        var catalog = EditionCatalog.Read(archive);

        Assert.Equal(EditionLookupKind.Archived, catalog.Lookup(stored.Id).Kind);
        Assert.NotEqual(library.Version, library.CacheVersion);
        Assert.Equal(stored.Id, catalog.Lookup(library.CacheVersion) is { Kind: EditionLookupKind.Alias } alias ? alias.Edition!.Id : null);
        Assert.Equal(EditionLookupKind.Unknown, catalog.Lookup("0123456789ab").Kind);

        archive.Remove(stored.Id, "published in error");
        var removed = EditionCatalog.Read(archive).Lookup(stored.Id);
        Assert.Equal(EditionLookupKind.Removed, removed.Kind);
        Assert.Equal("published in error", removed.Reason);
    }

    [Fact]
    public void ThePassageHistorySaysWhichParagraphsChangedAndHow()
    {
        var archive = fixture.Archive();
        var first = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files()), Now, "test");
        var second = archive.Store(ArchiveFixture.Library(ArchiveFixture.Files("paper.md", "Humanity is an indivisible security community.", "Humanity is one indivisible security community.")), Now.AddDays(1), "test");
        var history = EditionCatalog.Read(archive).History;

        var change = Assert.Single(history.Changes);
        Assert.Equal(("/paper/commitments/4", first.Id, second.Id), (change.Page, change.From, change.To));
        var steps = history.Compare("/paper/commitments/4", first.Id, second.Id)!;
        Assert.Equal(["an"], steps.Where(s => s.Change == Core.Text.WordChange.OnlyInFirst).Select(s => s.Text));
        Assert.Equal(["one"], steps.Where(s => s.Change == Core.Text.WordChange.OnlyInSecond).Select(s => s.Text));
        Assert.Empty(history.ChangesTo("/paper/commitments/5"));
    }

    /// <summary>A file on a disk with room for <paramref name="room"/> bytes: past that, ENOSPC, as .NET reports it.</summary>
    private sealed class FullDisk(string path, int room) : FileStream(path, FileMode.CreateNew)
    {
        private long written;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if ((written += buffer.Length) > room) throw new IOException("No space left on device : '" + Name + "'", 28);
            base.Write(buffer);
        }
    }
}
