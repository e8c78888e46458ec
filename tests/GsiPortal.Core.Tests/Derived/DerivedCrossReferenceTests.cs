using System.Globalization;
using System.Text;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Derived;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Tests.Editions;

namespace GsiPortal.Core.Tests.Derived;

/// <summary>
/// The cross-reference map's findings kept between starts (<see cref="CrossReferenceFiles"/>): a map read from them is
/// the map found — every link, coverage cell, comparison and list a page shows — and a damaged, foreign or stale entry
/// is never read: the map is found, with a warning for anything but a miss.
/// </summary>
public sealed class DerivedCrossReferenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gsiportal-derived-xref-").FullName;
    private readonly List<string> warnings = [];
    private readonly List<DerivedCache> caches = [];

    private DerivedCache Cache()
    {
        var cache = new DerivedCache(folder, (message, exception) => { lock (warnings) warnings.Add(message + (exception is null ? "" : $" ({exception.Message})")); });
        caches.Add(cache);
        return cache;
    }

    private static readonly Lazy<CrossReferenceMap> Found = new(() => new CrossReferenceMap(RealContent.Library));

    private async Task<string> WrittenAsync()
    {
        var cache = Cache();
        var map = CrossReferenceFiles.ReadOrBuild(cache, RealContent.Library);
        Assert.False(map.FindingsKept);
        await cache.Writes;
        return Assert.Single(Directory.GetFiles(folder, CrossReferenceFiles.Kind + "-*.bin"));
    }

    [Fact]
    public async Task A_map_read_from_the_kept_findings_is_the_map_found()
    {
        await WrittenAsync();
        var read = CrossReferenceFiles.ReadOrBuild(Cache(), RealContent.Library);
        Assert.True(read.FindingsKept);
        Assert.Empty(warnings);
        Assert.Equal(CrossReferenceFiles.Encode(Found.Value), CrossReferenceFiles.Encode(read));
        Assert.Equal(Everything(Found.Value), Everything(read));
        // The stock formulae, not needed to make a read map, are found when asked.
        Assert.Equal(Found.Value.Stock.Phrases, read.Stock.Phrases);
    }

    [Fact]
    public async Task An_edition_reads_both_kept_parts_and_its_index_learns_the_same_quotations()
    {
        var cache = Cache();
        var first = Edition.Build(RealContent.Library, cache);
        Assert.False(first.CrossReferences.FindingsKept);
        await cache.Writes;
        // Both files written: the index's and the map's.
        Assert.Equal(2, Directory.GetFiles(folder, "*.bin").Length);
        var read = Edition.Build(RealContent.Library, Cache());
        Assert.True(read.CrossReferences.FindingsKept);
        Assert.True(read.Search.FilesKept);
        Assert.Equal(Everything(first.CrossReferences), Everything(read.CrossReferences));
        Assert.Equal(first.Search.Quotations.Count, read.Search.Quotations.Count);
        foreach (var q in new[] { "common security", "indivisible security", "shared future for mankind" })
            Assert.Equal(string.Join("|", first.Search.Search(new GsiPortal.Core.Search.SearchRequest(q)).Hits.Select(h => h.Id)), string.Join("|", read.Search.Search(new GsiPortal.Core.Search.SearchRequest(q)).Hits.Select(h => h.Id)));
        Assert.Empty(warnings);
        first.Release();
        read.Release();
    }

    public static TheoryData<string> Damages => ["flipped", "half", "garbage", "short-body", "long-body"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_entry_is_not_read_and_the_map_is_found(string damage)
    {
        var path = await WrittenAsync();
        var key = Path.GetFileNameWithoutExtension(path)[(CrossReferenceFiles.Kind.Length + 1)..];
        var body = CrossReferenceFiles.Encode(Found.Value);
        switch (damage)
        {
            case "flipped": var bytes = File.ReadAllBytes(path); bytes[bytes.Length / 3] ^= 1; File.WriteAllBytes(path, bytes); break;
            case "half": File.WriteAllBytes(path, File.ReadAllBytes(path)[..(File.ReadAllBytes(path).Length / 2)]); break;
            // Whole and hashed right, but not findings, or findings cut short or run on: what a bug in a writer would leave.
            case "garbage": Cache().Keep(CrossReferenceFiles.Kind, key, Enumerable.Repeat((byte)0xff, 64).ToArray()); break;
            case "short-body": Cache().Keep(CrossReferenceFiles.Kind, key, body[..(body.Length - 5)]); break;
            case "long-body": Cache().Keep(CrossReferenceFiles.Kind, key, [.. body, 0]); break;
        }
        var map = CrossReferenceFiles.ReadOrBuild(Cache(), RealContent.Library);
        Assert.False(map.FindingsKept);
        Assert.Contains(warnings, w => w.Contains(path, StringComparison.Ordinal));
        Assert.Equal(Everything(Found.Value), Everything(map));
    }

    [Fact]
    public async Task Changed_content_is_not_read_from_the_findings_of_the_content_before_it()
    {
        await WrittenAsync();
        var edited = ArchiveFixture.Library(ArchiveFixture.Files("lei-kezhong.md", "indivisible", "zqxindivisible"));
        Assert.NotEqual(CrossReferenceFiles.Key(RealContent.Library), CrossReferenceFiles.Key(edited));
        var map = CrossReferenceFiles.ReadOrBuild(Cache(), edited);
        Assert.False(map.FindingsKept);
        Assert.Empty(warnings);
        Assert.Equal(Everything(new CrossReferenceMap(edited)), Everything(map));
    }

    [Fact]
    public void Another_build_of_the_code_gives_another_key()
    {
        var version = RealContent.Library.CacheVersion;
        var code = CodeIdentity.Of(typeof(CrossReferenceFiles).Assembly);
        Assert.NotEqual(CrossReferenceFiles.Key(code, version), CrossReferenceFiles.Key(code.Replace('a', 'b'), version));
        Assert.NotEqual(CrossReferenceFiles.Key(code, version), IndexFiles.Key(code, version, []));
    }

    /// <summary>Everything of a map that a page, the API or the index reads, as text.</summary>
    private static string Everything(CrossReferenceMap map)
    {
        var f = CultureInfo.InvariantCulture;
        var w = new StringBuilder();
        string Shared(SharedPassage s) => $"{s.Commentary.Document.Id}/{s.Commentary.Anchor}>{s.Paper.Key}/{s.PaperParagraph.Anchor} {s.CommentaryStart}-{s.CommentaryEnd} {s.PaperStart}-{s.PaperEnd} {s.SharedWords} {s.Exact} "
            + string.Join(",", s.Differences.Select(d => $"{d.Change}:{d.Text}")) + " " + string.Join(",", s.PaperSameWords);
        string Discussion(Discussion? d) => d is null ? "-" : $"{d.Commentary.Document.Id}/{d.Commentary.Anchor}>{d.Paper.Key} {d.Similarity.ToString("R", f)} {d.Strength} {d.Name} {d.EditorsNote} {d.OneSentence} {string.Join(",", d.Words)} {d.Restating?.Anchor}";
        string Link(PassageLink l) => $"{l.Commentary.Document.Id}/{l.Commentary.Anchor} {l.Stop.Label} {l.Strength} {l.SharedWords} [{string.Join(";", l.Shared.Select(Shared))}] {Discussion(l.Discussion)}";
        string Aligned(AlignedPassage a) => $"{Shared(a.Shared)} [{string.Join(",", a.Merged.Select(Shared))}] {Runs(a.Paper)} / {Runs(a.Commentary)}";
        static string Runs(IReadOnlyList<Text.TextRun> runs) => string.Concat(runs.Select(r => r.ToString()));
        foreach (var s in map.Shared) w.AppendLine(Shared(s));
        foreach (var d in map.Discussions) w.AppendLine(Discussion(d));
        foreach (var l in map.Links) w.AppendLine(Link(l));
        foreach (var row in map.AllCoverage)
        {
            w.AppendLine($"row {row.Stop.Label}");
            foreach (var cell in row.Cells)
                w.AppendLine($"  {cell.Commentary.Id} {cell.Level} {cell.SharedWords} {cell.Description} {cell.Similarity?.ToString("R", f)} {cell.Word} {cell.Url} {cell.PredatesPaper} "
                    + string.Join(" | ", cell.Passages.Select(Link)) + " || " + string.Join(";", cell.Shared.Select(Shared)) + " || " + string.Join(";", cell.Discussions.Select(Discussion)));
            foreach (var c in map.ComparisonsOf(row.Stop))
                w.AppendLine($"  compare {c.Commentary.Id} {c.Paragraph.Anchor} {c.SharedWords} " + string.Join(";", c.Passages.Select(Aligned)));
            foreach (var d in map.DiscussionsOf(row.Stop)) w.AppendLine("  discussed " + Discussion(d));
        }
        foreach (var item in map.Library.Paper.Items)
        {
            foreach (var c in map.ComparisonsOf(item)) w.AppendLine($"compare {item.Anchor} {c.Commentary.Id} {c.Paragraph.Anchor} {c.SharedWords} " + string.Join(";", c.Passages.Select(Aligned)));
            w.AppendLine($"links {item.Anchor} " + string.Join(" | ", map.LinksOf(item).Select(Link)));
            w.AppendLine($"shared {item.Anchor} " + string.Join(" | ", map.SharedWith(item).Select(Shared)));
        }
        foreach (var p in map.Library.Commentaries.SelectMany(c => c.Paragraphs))
            w.AppendLine($"{p.Document.Id}/{p.Anchor}: " + string.Join(",", map.ItemsTakenUpBy(p).Select(i => i.Anchor)) + " " + string.Join(";", map.SharedBy(p).Select(Shared))
                + " " + string.Join(";", map.DiscussionsBy(p).Select(Discussion)) + " " + string.Join(" | ", map.PassagesTakenUpBy(p).Select(Link)));
        return w.ToString();
    }

    public void Dispose()
    {
        // A build's write in the background, done before the folder goes (else it would make the folder again).
        Task.WaitAll([.. caches.Select(c => c.Writes)]);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
