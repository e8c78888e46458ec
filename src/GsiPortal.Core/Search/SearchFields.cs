namespace GsiPortal.Core.Search;

/// <summary>The Lucene field names of a searchable unit, in one place.</summary>
public static class SearchFields
{
    /// <summary>Stable unit id (<c>paper/commitment-4</c>, <c>chen-xiangyang/p9</c>); exact, stored.</summary>
    public const string Id = "id";
    /// <summary>background, commitment, priority, platform, paper or commentary; exact, stored, doc values for facets.</summary>
    public const string Kind = "kind";
    /// <summary>The document id (<c>paper</c>, <c>lei-kezhong</c>); exact, stored, doc values for facets.</summary>
    public const string Document = "doc";
    /// <summary>Title for display, analysed for the paper's own units so that a title match ranks higher.</summary>
    public const string Title = "title";
    /// <summary>The words; stored with term vectors, positions and offsets for snippets.</summary>
    public const string Text = "text";
    /// <summary>The words again, unstemmed: the vocabulary for "Did you mean" and suggestions.</summary>
    public const string Spell = "spell";
    public const string Url = "url";
    /// <summary>Where the unit sits, for display ("Concept Paper › II › Commitment 4").</summary>
    public const string Location = "location";
    /// <summary>For units of several paragraphs: "offset anchor-url" lines, to link a snippet to its own paragraph.</summary>
    public const string ParagraphStarts = "paragraphs";
}
