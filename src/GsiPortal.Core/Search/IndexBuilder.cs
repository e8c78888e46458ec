using GsiPortal.Core.Content;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GsiPortal.Core.Search;

/// <summary>Writes search units into a fresh in-memory Lucene index.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// BM25 keeps one long item from drowning under many short commentary paragraphs. Lucene's BM25, scored without
    /// its per-term overhead (<see cref="PortalSimilarity"/>).
    /// </summary>
    public static Similarity Similarity { get; } = new PortalSimilarity();


    public static PerFieldAnalyzerWrapper Analyzer { get; } = new(PortalAnalyzer.Stemming,
        new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [SearchFields.Spell] = PortalAnalyzer.Words, [SearchFields.Capitals] = CapitalsAnalyzer.Instance, [SearchFields.TitleCapitals] = CapitalsAnalyzer.Instance });

    /// <summary>
    /// Words as written, for spelling and for the boost a word gets where it stands exactly as typed. Without length
    /// norms: a paragraph's record (author, title, venue) is in every paragraph of a commentary, and a short paragraph
    /// must not outrank a long one on the record they share.
    /// </summary>
    private static readonly FieldType SpellField = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    /// <summary>A section heading without length norms: each paragraph under it weighs alike, whatever its heading's length.</summary>
    private static readonly FieldType SectionField = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    public static Lucene.Net.Store.Directory Build(IEnumerable<SearchUnit> units)
    {
        var directory = new RAMDirectory();
        // Merged on this thread: the default scheduler's merge threads, and the writer's polling wait for them, cost
        // about a fifth of the build at start-up (docs/performance.md). One segment in the end either way.
        var config = new IndexWriterConfig(PortalAnalyzer.Version, Analyzer)
        {
            Similarity = Similarity,
            OpenMode = OpenMode.CREATE,
            MergeScheduler = new SerialMergeScheduler(),
            RAMBufferSizeMB = 64,
            // The one segment the buffer flushes is written as separate files, as the merge policy wants a segment
            // that is the whole index (its compound-file ratio, 0.1). Written as a compound file, the default, it was
            // not "merged" to the policy, and ForceMerge(1) copied the whole segment again: about a fifth of the
            // index's build at start-up, for the same index (docs/performance.md, eleventh session).
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        var ordinal = 0;
        foreach (var unit in units) writer.AddDocument(ToDocument(unit, ordinal++));
        writer.ForceMerge(1);
        writer.Commit();
        return directory;
    }

    private static LuceneDocument ToDocument(SearchUnit unit, int ordinal)
    {
        var document = new LuceneDocument
        {
            // Only what queries and the collector read: kind and document as doc values (for facets and filters,
            // read by ordinal), the unit's position, and the analysed words. Nothing is stored.
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
            new SortedDocValuesField(SearchFields.Kind, new BytesRef(unit.Kind)),
            new SortedDocValuesField(SearchFields.Document, new BytesRef(unit.DocumentId)),
            // Not stored: a hit's unit is read from memory by its ordinal, since decompressing stored fields cost
            // about a tenth of a millisecond per hit. No term vectors: snippets re-analyse the text, which measured
            // cheaper here than reading a vector back.
            new TextField(SearchFields.Text, unit.Text, Field.Store.NO),
            // The record's capitals too: an abbreviation typed in capitals ("CICIR") finds the byline that writes it.
            new TextField(SearchFields.Capitals, unit.Record.Length > 0 ? unit.Text + "\n" + unit.Record : unit.Text, Field.Store.NO),
            // The spelling vocabulary holds every searchable word, names in headings and records too, so none is "corrected".
            new Field(SearchFields.Spell, string.Join('\n', unit.Text, unit.Headings, unit.Section, unit.Record, unit.TitleIsSearchable ? unit.Title : ""), SpellField),
        };
        var headings = string.Join(" · ", new[] { unit.TitleIsSearchable ? unit.Title : "", unit.Headings }.Where(s => s.Length > 0));
        if (headings.Length > 0)
        {
            document.Add(new TextField(SearchFields.Title, headings, Field.Store.NO));
            document.Add(new TextField(SearchFields.TitleCapitals, headings, Field.Store.NO));
        }
        if (unit.Section.Length > 0) document.Add(new Field(SearchFields.Section, unit.Section, SectionField));
        if (unit.Record.Length > 0) document.Add(new TextField(SearchFields.Record, unit.Record, Field.Store.NO));
        // Each of the editors' subject terms whole, as one token of its words: a term finds its unit only when a query
        // names every one of them (SubjectTerms), never by one word of several. No norms: a term weighs alike whether
        // the unit has three or twelve.
        foreach (var term in unit.Subjects)
            if (SubjectTerms.Key(term) is { Length: > 0 } key) document.Add(new StringField(SearchFields.SubjectTerms, key, Field.Store.NO));
        if (StatesQuantity(unit.Text)) document.Add(new StringField(SearchFields.Shape, SearchFields.Quantity, Field.Store.NO));
        return document;
    }

    /// <summary>
    /// A number that counts something: "80 countries", "5,581 words", "over 50,000 personnel" — not a year ("2014",
    /// "2030 Agenda"), an ordinal ("76th") or a day of a month ("21 May", "February 21").
    /// </summary>
    internal static bool StatesQuantity(string text) => Quantity.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex Quantity = new(
        @"(?<![\p{L}\p{N},.\-])(?!(?:19|20)\d\d(?![\p{N},]))\d{1,3}(?:,\d{3})*(?![\p{L}\p{N}]|,\d| (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
