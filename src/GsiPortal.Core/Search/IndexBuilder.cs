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
    /// <summary>BM25 keeps one long item from drowning under many short commentary paragraphs.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Text: stored for snippets, with term vectors, positions and offsets.</summary>
    private static readonly FieldType TextType = CreateTextType();

    private static FieldType CreateTextType()
    {
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
        type.Freeze();
        return type;
    }

    public static PerFieldAnalyzerWrapper Analyzer { get; } = new(PortalAnalyzer.Stemming,
        new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [SearchFields.Spell] = PortalAnalyzer.Words });

    public static Lucene.Net.Store.Directory Build(IEnumerable<SearchUnit> units)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(PortalAnalyzer.Version, Analyzer) { Similarity = Similarity, OpenMode = OpenMode.CREATE };
        using var writer = new IndexWriter(directory, config);
        foreach (var unit in units) writer.AddDocument(ToDocument(unit));
        writer.ForceMerge(1);
        writer.Commit();
        return directory;
    }

    public static Lucene.Net.Store.Directory Build(ContentLibrary library) => Build(SearchUnits.From(library));

    private static LuceneDocument ToDocument(SearchUnit unit)
    {
        var document = new LuceneDocument
        {
            new StringField(SearchFields.Id, unit.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, unit.Kind, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Kind, new BytesRef(unit.Kind)),
            new StringField(SearchFields.Document, unit.DocumentId, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Document, new BytesRef(unit.DocumentId)),
            unit.TitleIsSearchable ? new TextField(SearchFields.Title, unit.Title, Field.Store.YES) : new StoredField(SearchFields.Title, unit.Title),
            new Field(SearchFields.Text, unit.Text, TextType),
            new TextField(SearchFields.Spell, unit.Text, Field.Store.NO),
            new StoredField(SearchFields.Url, unit.Url),
            new StoredField(SearchFields.Location, unit.Location),
            new StoredField(SearchFields.ParagraphStarts, string.Join('\n', unit.ParagraphStarts.Select(p => $"{p.Offset} {p.Url}"))),
        };
        return document;
    }
}
