using GsiPortal.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GsiPortal.Core.Derived;

/// <summary>
/// The search index's Lucene files kept in a <see cref="DerivedCache"/>: written by the first start of a content
/// version and a build, read by every later one instead of analysing and writing every unit again (the index's
/// cold build was about 250 of its 320 ms of CPU, most of it Lucene's writing: docs/performance.md, thirteenth
/// session). What is read is the same files, byte for byte, in the same in-memory directory, so the index searches
/// exactly as the one built.
/// </summary>
public static class IndexFiles
{
    public const string Kind = "search-index";

    /// <summary>
    /// The entry's key: the code that builds and reads the index (Core, Lucene and its analysers, the runtime), the
    /// lists its analysis reads (<see cref="ClassicalPlurals"/>), the library's cache version (every content file and
    /// the search terms), and every field of every unit the index is written from, in order.
    /// </summary>
    public static string Key(string cacheVersion, IReadOnlyList<SearchUnit> units) => Key(Code, cacheVersion, units);

    /// <summary>The code that writes the files: the site's Core, Lucene, its analysers, the runtime.</summary>
    private static readonly string Code = CodeIdentity.Of(typeof(IndexFiles).Assembly, typeof(IndexWriter).Assembly, typeof(Lucene.Net.Analysis.Core.LowerCaseFilter).Assembly);

    /// <summary>
    /// The key for the code <paramref name="code"/> (<see cref="CodeIdentity.Of"/>) and the list of classical plurals
    /// <paramref name="plurals"/> (the embedded one when null): a test gives others to stand for a new build or list.
    /// </summary>
    internal static string Key(string code, string cacheVersion, IReadOnlyList<SearchUnit> units, string? plurals = null)
    {
        IEnumerable<string> Parts()
        {
            yield return Kind;
            yield return code;
            // Data, not code, that decides the index's stems: named here, so that a new list alone makes a new key.
            yield return plurals ?? ClassicalPlurals.Identity;
            yield return cacheVersion;
            foreach (var unit in units)
            {
                // What IndexBuilder.ToDocument reads of a unit.
                yield return unit.Id;
                yield return unit.Kind;
                yield return unit.DocumentId;
                yield return unit.Text;
                yield return unit.Record;
                yield return unit.Headings;
                yield return unit.Section;
                yield return unit.TitleIsSearchable ? unit.Title : "\0";
                yield return string.Join('\u0001', unit.Subjects);
            }
        }
        return DerivedCache.Key(Parts());
    }

    /// <summary>
    /// The index of these units, open: read from the cache when it holds them, else built (and then kept there in the
    /// background). Without a cache, built.
    /// </summary>
    public static OpenIndex ReadOrBuild(DerivedCache? cache, string cacheVersion, IReadOnlyList<SearchUnit> units)
    {
        if (cache is null) return OpenIndex.Of(IndexBuilder.Build(units));
        var key = Key(cacheVersion, units);
        if (cache.Read(Kind, key) is { } body && Open(body, cache, key) is { } read) return read with { Kept = true };
        var built = IndexBuilder.Build(units);
        cache.KeepInBackground(Kind, key, Bytes(built));
        return OpenIndex.Of(built);
    }

    /// <summary>The directory's files, each name and its bytes, as one body.</summary>
    public static byte[] Bytes(Lucene.Net.Store.Directory directory)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var names = directory.ListAll().Order(StringComparer.Ordinal).ToList();
            writer.Write(names.Count);
            foreach (var name in names)
            {
                using var input = directory.OpenInput(name, IOContext.READ_ONCE);
                var bytes = new byte[input.Length];
                input.ReadBytes(bytes, 0, bytes.Length);
                writer.Write(name);
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The files of a body in a fresh in-memory directory, checked by opening it; null (with the cache's warning) if they do not open.</summary>
    private static OpenIndex? Open(byte[] body, DerivedCache cache, string key)
    {
        var directory = new RAMDirectory();
        try
        {
            using (var reader = new BinaryReader(new MemoryStream(body, writable: false)))
            {
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    var name = reader.ReadString();
                    var bytes = reader.ReadBytes(reader.ReadInt32());
                    using var output = directory.CreateOutput(name, IOContext.DEFAULT);
                    output.WriteBytes(bytes, 0, bytes.Length);
                }
                if (reader.BaseStream.Position != body.Length) throw new InvalidDataException("bytes after the last file");
            }
            // Lucene checks what it opens (the segments' list, each file's header and footer): a body this site did
            // not write fails here, at start-up, not in a search.
            return OpenIndex.Of(directory);
        }
        catch (Exception e)
        {
            // Whatever the bytes hold, the index is built as if they were not there.
            directory.Dispose();
            cache.Warned($"the derived file {cache.PathOf(Kind, key)} holds no index Lucene can open; building instead", e);
            return null;
        }
    }
}

/// <summary>An index's directory and the reader opened on it.</summary>
public sealed record OpenIndex(Lucene.Net.Store.Directory Directory, DirectoryReader Reader)
{
    /// <summary>Whether the files were read from a <see cref="DerivedCache"/>, not written by this process.</summary>
    public bool Kept { get; init; }

    public static OpenIndex Of(Lucene.Net.Store.Directory directory) => new(directory, DirectoryReader.Open(directory));
}
