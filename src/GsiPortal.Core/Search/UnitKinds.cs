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
}
