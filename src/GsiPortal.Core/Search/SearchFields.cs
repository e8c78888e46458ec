namespace GsiPortal.Core.Search;

/// <summary>The Lucene field names of a searchable unit, in one place.</summary>
public static class SearchFields
{
    /// <summary>The unit's kind (<see cref="UnitKinds"/>); sorted doc values, read by ordinal for facets and the kind filter.</summary>
    public const string Kind = "kind";
    /// <summary>The document id (<c>paper</c>, <c>lei-kezhong</c>); sorted doc values, for facets and the document filter.</summary>
    public const string Document = "doc";
    /// <summary>
    /// Headings, analysed: a paper unit's title with an item's label, reference and editors' label. A heading match
    /// ranks higher: each names one unit.
    /// </summary>
    public const string Title = "title";
    /// <summary>
    /// A commentary paragraph's section heading ("China's mediation diplomacy"), analysed, without length norms: it
    /// heads several paragraphs, so, like the record, it ranks a paragraph less than its own words do.
    /// </summary>
    public const string Section = "section";
    /// <summary>
    /// The record of the unit's document — a commentary's title, author, venue and date — analysed; the same for every
    /// paragraph of a commentary, so an author's name finds the commentary and, among its paragraphs, the first.
    /// </summary>
    public const string Record = "record";
    /// <summary>The words the text writes in capitals, as written ("US", "UN"): what an abbreviation typed in capitals matches.</summary>
    public const string Capitals = "caps";
    /// <summary>
    /// The words the headings write in capitals, as written ("UN" in "The UN and peacekeeping"): an abbreviation typed
    /// in capitals, or its long form, matches a heading that names it as a typed word matches <see cref="Title"/>.
    /// </summary>
    public const string TitleCapitals = "titlecaps";
    /// <summary>
    /// Each of the unit's terms in the editors' subject index (content/subject-index.yml) whole, as one token of its
    /// analysed words ("persian gulf"): what a query that names the term whole searches (<see cref="Search.SubjectTerms"/>),
    /// below the text's weight; never shown or marked as the unit's words.
    /// </summary>
    public const string SubjectTerms = "subjectterm";
    /// <summary>The words, analysed with stemming; not stored (the unit's text is kept in memory).</summary>
    public const string Text = "text";
    /// <summary>The words again, unstemmed: the vocabulary for "Did you mean" and suggestions.</summary>
    public const string Spell = "spell";
    /// <summary>
    /// What the unit's text holds beyond words: <see cref="Quantity"/> when it states a number ("More than 80
    /// countries", "5,000 training opportunities"), which a question asking "how many" prefers.
    /// </summary>
    public const string Shape = "shape";
    /// <summary>The <see cref="Shape"/> of a unit that states a number other than a year, a date or an ordinal.</summary>
    public const string Quantity = "quantity";
    /// <summary>The unit's position in the list the index was built from (doc values): a hit's unit is read from memory by it.</summary>
    public const string Ordinal = "ord";
}
