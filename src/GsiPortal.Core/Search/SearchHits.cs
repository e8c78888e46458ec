namespace GsiPortal.Core.Search;

/// <summary>A unit shown as a result: its snippet cut and marked for the query, linked to the paragraph the snippet is from.</summary>
internal sealed class SearchHits(IReadOnlyList<SearchUnit> units)
{
    private readonly TokenCache tokens = new(units.Count);

    /// <summary>A unit's analysed text, kept as a snippet keeps it.</summary>
    public UnitTokens Tokens(int ordinal) => tokens.Get(ordinal, units[ordinal].Text);

    public SearchHit Of(int ordinal, float score, IReadOnlySet<string> marks, TermRarity rarity, IReadOnlyList<string[]>? phrases = null, IReadOnlyCollection<string>? capitals = null,
        ResultNote? note = null, IReadOnlyDictionary<string, string[]>? begun = null)
    {
        // Matches come from the unit's analysed tokens, kept in memory: cheaper than the stored term vector.
        var unit = units[ordinal];
        var (snippet, offset, lead) = SnippetBuilder.ForHit(unit.Text, tokens.Get(ordinal, unit.Text), marks, phrases ?? [], rarity, capitals, begun);
        // A snippet from the second paragraph of an item links to that paragraph.
        // The last paragraph starting at or before the snippet (the first starts at 0).
        var starts = unit.ParagraphStarts;
        var at = -1;
        for (var i = 0; i < starts.Count; i++)
            if (starts[i].Offset <= offset) at = i;
        var start = starts[at];
        return new SearchHit(unit.Id, unit.Kind, unit.ResultTitle, unit.DocumentId, start.Url, unit.Location, snippet, score, start.Locator) { Note = note ?? ResultNote.None, SnippetLead = lead };
    }
}
