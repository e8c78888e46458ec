namespace GsiPortal.Core.Search;

/// <summary>
/// The kinds of searchable unit, as filters and the API spell them. Most come from the content: a numbered item's
/// kind is what its part calls its items ("commitment", "priority", "platform"), and a part without items lends its
/// slug ("background"). Two are the site's own: a part's introduction or closing passage, and a commentary paragraph.
/// </summary>
public static class UnitKinds
{
    /// <summary>A part's own introduction or closing passage.</summary>
    public const string Paper = "paper";
    public const string Commentary = "commentary";

    /// <summary>
    /// A numbered item or passage of the paper outranks a commentary paragraph that repeats its words:
    /// its score is multiplied by this. A commentary that matches clearly better still wins.
    /// </summary>
    public static float RankFactor(string kind) => kind == Commentary ? 1f : 1.6f;

    /// <summary>
    /// A kind as the search page's filters name it for a reader, in the paper's own words where it has them:
    /// "Commitments (Part II)", "Background (Part I)", "Introductions and closings (Parts II, III and IV)",
    /// "Commentary paragraphs". The API and the page's addresses keep the kinds themselves. "paper" beside "Concept Paper"
    /// under Document said nothing a reader could guess: it is the parts' own passages only (a fresh-eyes review).
    /// </summary>
    public static string Label(string kind, Content.Paper paper)
    {
        if (kind == Commentary) return "Commentary paragraphs";
        if (kind == Paper)
        {
            var numerals = paper.Parts.Where(p => p.ItemNoun.Length > 0 && p.Introduction.Count + p.Closing.Count > 0).Select(p => p.Numeral).ToList();
            return numerals switch
            {
                [] => "Introductions and closings",
                [var one] => $"Introduction and closing (Part {one})",
                [.. var most, var last] => $"Introductions and closings (Parts {string.Join(", ", most)} and {last})",
            };
        }
        foreach (var part in paper.Parts)
            if (part.ItemNoun.Length > 0 ? part.ItemNoun == kind : part.Slug == kind) return $"{part.ItemsLabel} (Part {part.Numeral})";
        return kind;
    }
}
