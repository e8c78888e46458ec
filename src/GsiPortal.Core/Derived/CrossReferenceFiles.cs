using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Derived;

/// <summary>
/// What the cross-reference map's build finds — the shared wording, the discussions as the editors judged them, the
/// passages' glossary mentions — kept in a <see cref="DerivedCache"/> and read by a later start instead of found again
/// (with the index's files read, the map was the edition's longest part: docs/performance.md, thirteenth session).
/// Everything else in the map (links, coverage, comparisons) is made from them as when they are found. Paragraphs are
/// written as their place among the library's paragraphs, items as theirs among the paper's: the key holds the
/// library's cache version, so the places name the same paragraphs. Doubles are written bit for bit.
/// </summary>
public static class CrossReferenceFiles
{
    public const string Kind = "cross-references";

    /// <summary>The code that finds them (Core, DiffPlex's word differences, the runtime) and the library's cache version (every content file, the editors' link judgements and the glossary among them).</summary>
    public static string Key(ContentLibrary library) => Key(Code, library.CacheVersion);

    private static readonly string Code = CodeIdentity.Of(typeof(CrossReferenceFiles).Assembly, typeof(DiffPlex.Differ).Assembly);

    internal static string Key(string code, string cacheVersion) => DerivedCache.Key([Kind, code, cacheVersion]);

    /// <summary>The library's map: its findings read from the cache when it holds them, else found (and then kept there in the background). Without a cache, found.</summary>
    public static CrossReferenceMap ReadOrBuild(DerivedCache? cache, ContentLibrary library)
    {
        if (cache is null) return new CrossReferenceMap(library);
        var key = Key(library);
        if (cache.Read(Kind, key) is { } body && Decode(body, library, cache, key) is { } kept) return new CrossReferenceMap(library, kept) { FindingsKept = true };
        var map = new CrossReferenceMap(library);
        cache.KeepInBackground(Kind, key, Encode(map));
        return map;
    }

    /// <summary>The map's findings as bytes.</summary>
    public static byte[] Encode(CrossReferenceMap map)
    {
        var library = map.Library;
        var paragraphs = new Dictionary<Paragraph, int>(ReferenceEqualityComparer.Instance);
        foreach (var p in library.Paragraphs) paragraphs.Add(p, paragraphs.Count);
        var items = new Dictionary<PaperItem, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in library.Paper.Items) items.Add(item, items.Count);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(map.Shared.Count);
            foreach (var s in map.Shared)
            {
                w.Write(paragraphs[s.Commentary]);
                w.Write(paragraphs[s.Paper.Paragraph]);
                w.Write(paragraphs[s.PaperParagraph]);
                w.Write(s.CommentaryStart);
                w.Write(s.CommentaryEnd);
                w.Write(s.PaperStart);
                w.Write(s.PaperEnd);
                w.Write(s.SharedWords);
                w.Write(s.Exact);
                w.Write(s.Differences.Count);
                foreach (var step in s.Differences)
                {
                    w.Write((byte)step.Change);
                    w.Write(step.Text);
                }
                w.Write(s.PaperSameWords.Count);
                foreach (var word in s.PaperSameWords) w.Write(word);
            }
            w.Write(map.Discussions.Count);
            foreach (var d in map.Discussions)
            {
                w.Write(paragraphs[d.Commentary]);
                w.Write(paragraphs[d.Paper.Paragraph]);
                w.Write(d.Similarity);
                w.Write((byte)d.Strength);
                Optional(w, d.Name);
                Optional(w, d.EditorsNote);
                w.Write(d.OneSentence);
                w.Write(d.Words.Count);
                foreach (var word in d.Words) w.Write(word);
                w.Write(d.Restating is { } item ? items[item] : -1);
            }
            w.Write(map.PassageMentions.Count);
            foreach (var m in map.PassageMentions)
            {
                w.Write(paragraphs[m.Commentary]);
                w.Write(paragraphs[m.Paragraph]);
                Optional(w, m.Term);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The findings of a body, every place checked against the library; null (with the cache's warning) for a body that does not fit it.</summary>
    private static CrossReferenceFindings? Decode(byte[] body, ContentLibrary library, DerivedCache cache, string key)
    {
        try
        {
            var paragraphs = library.Paragraphs.ToList();
            var items = library.Paper.Items.ToList();
            using var r = new BinaryReader(new MemoryStream(body, writable: false));
            Paragraph Place() => paragraphs[r.ReadInt32()];
            var shared = new SharedPassage[Count(r)];
            for (var i = 0; i < shared.Length; i++)
            {
                var commentary = Place();
                var paper = new PaperUnit(Place());
                var paperParagraph = Place();
                var (cs, ce, ps, pe, words, exact) = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean());
                var steps = new WordStep[Count(r)];
                for (var j = 0; j < steps.Length; j++) steps[j] = new WordStep(Change(r.ReadByte()), r.ReadString());
                var same = new int[Count(r)];
                for (var j = 0; j < same.Length; j++) same[j] = r.ReadInt32();
                if (commentary.Document is not Commentary || cs < 0 || ce > commentary.Text.Length || cs > ce || ps < 0 || pe > paperParagraph.Text.Length || ps > pe)
                    throw new InvalidDataException("a shared passage outside its paragraphs");
                shared[i] = new SharedPassage(commentary, paper, paperParagraph, cs, ce, ps, pe, words, exact, steps) { PaperSameWords = same };
            }
            var discussions = new Discussion[Count(r)];
            for (var i = 0; i < discussions.Length; i++)
            {
                var commentary = Place();
                var paper = new PaperUnit(Place());
                var (similarity, strength) = (r.ReadDouble(), r.ReadByte());
                var (name, note, oneSentence) = (Optional(r), Optional(r), r.ReadBoolean());
                var words = new string[Count(r)];
                for (var j = 0; j < words.Length; j++) words[j] = r.ReadString();
                var restating = r.ReadInt32();
                if (commentary.Document is not Commentary || strength > (byte)DiscussionStrength.Strong) throw new InvalidDataException("a discussion that is not one");
                discussions[i] = new Discussion(commentary, paper, similarity, (DiscussionStrength)strength, name, note, oneSentence)
                    { Words = words, Restating = restating < 0 ? null : items[restating] };
            }
            var mentions = new PassageMention[Count(r)];
            for (var i = 0; i < mentions.Length; i++) mentions[i] = new PassageMention(Place(), Place(), Optional(r));
            if (r.BaseStream.Position != body.Length) throw new InvalidDataException("bytes after the findings");
            return new CrossReferenceFindings(shared, discussions, mentions);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            cache.Warned($"the derived file {cache.PathOf(Kind, key)} does not fit this content's cross-references; building instead", e);
            return null;
        }

        static int Count(BinaryReader r) => r.ReadInt32() is var n and >= 0 && n <= r.BaseStream.Length - r.BaseStream.Position ? n : throw new InvalidDataException("a count past the end");
        static WordChange Change(byte b) => b <= (byte)WordChange.OnlyInSecond ? (WordChange)b : throw new InvalidDataException("a word step that is not one");
    }

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
