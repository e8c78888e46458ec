using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The stock formulae of this body of texts: runs of <see cref="Words"/> words that many documents and many places
/// use ("a community with a shared future for mankind", "the Global Security Initiative"), so that sharing them says
/// nothing about which item a commentary takes up. A formula is a run of <see cref="Length"/> words (compared as
/// <see cref="Text.Words.Key"/>) standing in at least <see cref="MinDocuments"/> documents and
/// <see cref="MinPlaces"/> paragraphs. The words of an item's first sentence (its title) name that item's subject
/// and are never stock: "common, comprehensive, cooperative and sustainable security" is commitment 1, however often
/// it is repeated.
/// </summary>
public sealed class StockFormulae
{
    public const int Length = 4;
    public const int MinDocuments = 3;
    public const int MinPlaces = 8;

    private readonly HashSet<string> runs;

    public StockFormulae(ContentLibrary library)
    {
        // Where each run stands, counted as the paragraphs go by, document after document: a run's paragraphs and
        // documents are told apart by the last one seen, not kept in two sets for each of the texts' tens of thousands
        // of runs (a third of the cross-references' build at start-up, docs/performance.md, twelfth session).
        var places = new Dictionary<string, Places>(StringComparer.Ordinal);
        foreach (var paragraph in library.Paragraphs)
            foreach (var run in Runs(Words.Of(paragraph.Text)))
            {
                if (!places.TryGetValue(run, out var at)) places[run] = at = new Places();
                at.SeenIn(paragraph);
            }
        var titles = library.Paper.Items.SelectMany(i => Runs(Words.Of(i.Title))).ToHashSet(StringComparer.Ordinal);
        runs = places.Where(kv => kv.Value.Documents >= MinDocuments && kv.Value.Paragraphs >= MinPlaces && !titles.Contains(kv.Key))
            .Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        Phrases = Merge(library, runs);
    }

    /// <summary>The formulae as readers would name them: overlapping stock runs joined, in their most frequent spelling.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>How many of these words (in order) are covered by a stock run.</summary>
    public int Covered(IReadOnlyList<Word> words)
    {
        var covered = new bool[words.Count];
        for (var i = 0; i + Length <= words.Count; i++)
            if (runs.Contains(Key(words, i)))
                for (var k = i; k < i + Length; k++) covered[k] = true;
        return covered.Count(c => c);
    }

    private static IEnumerable<string> Runs(List<Word> words)
    {
        for (var i = 0; i + Length <= words.Count; i++) yield return Key(words, i);
    }

    private static string Key(IReadOnlyList<Word> words, int at)
    {
        var keys = new string[Length];
        for (var k = 0; k < Length; k++) keys[k] = words[at + k].Key;
        return string.Join(' ', keys);
    }

    /// <summary>How many paragraphs and documents hold a run. The library yields its paragraphs document by document,
    /// each once, so a paragraph or document other than the last one seen is a new one.</summary>
    private sealed class Places
    {
        private Paragraph? lastParagraph;
        private Document? lastDocument;

        public int Paragraphs { get; private set; }
        public int Documents { get; private set; }

        public void SeenIn(Paragraph paragraph)
        {
            if (!ReferenceEquals(paragraph, lastParagraph)) { lastParagraph = paragraph; Paragraphs++; }
            if (!ReferenceEquals(paragraph.Document, lastDocument)) { lastDocument = paragraph.Document; Documents++; }
        }
    }

    private static List<string> Merge(ContentLibrary library, HashSet<string> stock)
    {
        var spelled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in library.Paragraphs)
        {
            var words = Words.Of(paragraph.Text);
            for (var i = 0; i + Length <= words.Count;)
            {
                if (!stock.Contains(Key(words, i))) { i++; continue; }
                var end = i + Length;
                while (end + 1 <= words.Count && stock.Contains(Key(words, end + 1 - Length))) end++;
                var phrase = string.Join(' ', words.GetRange(i, end - i).Select(w => w.Key));
                spelled[phrase] = spelled.GetValueOrDefault(phrase) + 1;
                i = end;
            }
        }
        // A formula seen on its own somewhere and inside a longer one elsewhere is named once, by the longer.
        return spelled.Where(kv => !spelled.Keys.Any(k => k.Length > kv.Key.Length && $" {k} ".Contains($" {kv.Key} ", StringComparison.Ordinal)))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
    }
}
