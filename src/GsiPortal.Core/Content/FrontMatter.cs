namespace GsiPortal.Core.Content;

/// <summary>
/// The YAML front matter of a content file, as written. Keys are snake_case in the file
/// (<c>source_url</c>); <see cref="FrontMatterReader"/> maps them.
/// </summary>
public sealed class FrontMatter
{
    private IReadOnlyDictionary<string, int> keyLines = new Dictionary<string, int>();
    private int firstLine = 1;

    /// <summary>The file line holding a key (snake_case, as written), for problem reports; the block's first line when the key is absent.</summary>
    public int LineOf(string key) => keyLines.TryGetValue(key, out var line) ? line : firstLine;

    internal IReadOnlyDictionary<string, int> KeyLines
    {
        set { keyLines = value; firstLine = value.Count == 0 ? 1 : value.Values.Min(); }
    }

    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Title { get; set; }
    /// <summary>
    /// The title in sentence case, for APA, which asks for it (APA 7, 6.17): the editors' field, the title's own words
    /// with only their capitals changed (checked), used by the APA forms alone; the title when absent.
    /// </summary>
    public string? TitleSentenceCase { get; set; }
    /// <summary>A shorter title for breadcrumbs and search results; the title when absent.</summary>
    public string? ShortTitle { get; set; }
    public string? Author { get; set; }
    /// <summary>A person's family name, for citations; absent for an organisation, which is cited as written.</summary>
    public string? AuthorFamily { get; set; }
    public string? AuthorGiven { get; set; }
    /// <summary>"family-first" (Chen Xiangyang) or "given-first" (Ovais Ali Khokhar): how the name is written in running text.</summary>
    public string? NameOrder { get; set; }
    /// <summary>The author's role as the source gives it.</summary>
    public string? Role { get; set; }
    /// <summary>The author line exactly as the source prints it, where it says more than author and role.</summary>
    public string? Byline { get; set; }
    public string? Date { get; set; }
    public bool DateInferred { get; set; }
    /// <summary>How an inferred date was inferred.</summary>
    public string? DateNote { get; set; }
    /// <summary>The date line exactly as the source prints it ("May 10, 2022").</summary>
    public string? Dateline { get; set; }
    public string? Publisher { get; set; }
    /// <summary>Where the text appeared, as the source states it; empty when it does not.</summary>
    public string? Venue { get; set; }
    public string? VenueNote { get; set; }
    /// <summary>The copy the text was captured from, where it differs from the original publisher.</summary>
    public string? Via { get; set; }
    /// <summary>The original's address, where the captured source records it (the paper's footnote does; no commentary's capture does).</summary>
    public string? SourceUrl { get; set; }
    /// <summary>The day the source was captured (YYYY-MM-DD), where the capture records it; none does today. Never inferred.</summary>
    public string? Captured { get; set; }
    public string? Language { get; set; }
    /// <summary>
    /// The editors' short headings for numbered items whose part takes its headings from labels (<c>heading=label</c>):
    /// part slug → item number → label of at most six words. The editors' words, shown as such.
    /// </summary>
    public Dictionary<string, Dictionary<int, string>> ItemLabels { get; set; } = [];

    /// <summary>The editors' headings for parts' closing passages, by part slug ("How the six commitments fit together").</summary>
    public Dictionary<string, string> ClosingLabels { get; set; } = [];

    /// <summary>
    /// Other names readers and news articles cite the text by ("GSI", "GSI Concept Paper"), besides its title and short
    /// title: what the reference grammar accepts before or after a reference ("GSI 2.4", "commitment 4 of the GSI").
    /// </summary>
    public List<string> CitedAs { get; set; } = [];

    /// <summary>
    /// A commentary's own paragraph numbers, in order, where the text numbers its paragraphs ("1, 2, 2.1, 3"); absent,
    /// its paragraphs are counted 1, 2, 3… from the top. See <see cref="ParagraphNumbering"/>.
    /// </summary>
    public string? ParagraphNumbers { get; set; }

    /// <summary>Every editorial change to the source's text, listed for the reader.</summary>
    public List<string> EditorialNotes { get; set; } = [];

    /// <summary>
    /// Words the source misprints and the edition keeps as printed ("soveignty"), each marked [sic] where it stands,
    /// so that a reader can tell the source's slip from the edition's. Each must occur in a paragraph as a whole word.
    /// Not for what the capture lost (an apostrophe dropped in extraction is no slip of the author's).
    /// </summary>
    public List<string> Sic { get; set; } = [];
}
