using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.CrossReferences;

/// <summary>How a commentary takes up one item, weakest first: the strength of its strongest passage (the heat map's shades follow this order).</summary>
public enum CoverageLevel { None, Mention, SomeSharedWording, ModerateDiscussion, StrongDiscussion, MuchSharedWording }

/// <summary>
/// One cell of the coverage matrix: a commentary against an item (or Part I, a part's introduction or closing
/// passage: <see cref="Stop"/>), with the passages behind it. The cell is its
/// strongest passage (<see cref="Strongest"/>): strength is judged per paragraph and the strongest wins, so the
/// cell names the paragraph a reader should read first, and says of it what the item page's panel says.
/// <see cref="PredatesPaper"/>: the commentary was written before the paper, so its shared wording cannot be a
/// restatement of the paper (both may draw on one earlier speech), and the cell's word says so.
/// </summary>
public sealed record CoverageCell(ReadingStop Stop, Commentary Commentary, IReadOnlyList<SharedPassage> Shared, IReadOnlyList<Discussion> Discussions, IReadOnlyList<PassageLink> Passages, bool PredatesPaper = false)
{
    /// <summary>The item of the cell; null for a passage outside the items.</summary>
    public PaperItem? Item => Stop.Item;

    /// <summary>Shared words from which shared wording counts as much, and a paragraph restates the item.</summary>
    public const int MuchSharedWords = 20;

    /// <summary>The paragraph that takes the item up most strongly (then with the most shared words, then the closest); null when none does.</summary>
    public PassageLink? Strongest => Passages.Count > 0 ? Passages[0] : null;

    /// <summary>The strongest passage's distinct shared words: the number the item page's panel gives for that paragraph.</summary>
    public int SharedWords => Strongest?.SharedWords ?? 0;

    public CoverageLevel Level => Strongest?.Strength switch
    {
        null => CoverageLevel.None,
        PassageStrength.DiscussedAtLength => SharedWords >= MuchSharedWords ? CoverageLevel.MuchSharedWording : CoverageLevel.StrongDiscussion,
        PassageStrength.Discussed => CoverageLevel.ModerateDiscussion,
        PassageStrength.SharesWording => CoverageLevel.SomeSharedWording,
        _ => CoverageLevel.Mention,
    };

    /// <summary>The cell in words, naming its strongest paragraph, so that nothing rests on colour and no number stands bare: "¶9: shared wording, 59 words", "¶7: discussed at length".</summary>
    public string Description => Strongest is not { } s ? "Not taken up" : $"¶{s.Commentary.Label}: {StrengthWords(s)}";

    /// <summary>A passage's strength in words, as the cell and the item panel say it.</summary>
    public static string StrengthWords(PassageLink link) => link.Strength switch
    {
        PassageStrength.DiscussedAtLength when link.SharedWords >= MuchSharedWords => $"shared wording, {link.SharedWords} words",
        PassageStrength.DiscussedAtLength => "discussed at length",
        PassageStrength.Discussed => "discussed",
        PassageStrength.SharesWording => $"shared wording, {link.SharedWords} words",
        _ => link.Name is { } name ? $"mentioned as “{name}”" : "mentioned",
    };

    /// <summary>The strongest passage's similarity, for a title attribute and the JSON (never shown bare); null when it shares wording or no similarity was computed.</summary>
    public double? Similarity => Strongest is { Discussion: { Similarity: > 0 } d } ? d.Similarity : null;

    /// <summary>
    /// The cell's strength in one plain word, as the heat map writes it in the cell, so that a reader needs no key
    /// (issue #26; it was a letter, W w D d m): the commentary "restates" the item (much shared wording), "echoes" it
    /// (some), discusses it "at length", "discusses" it, or "mentions" it; empty when it does not take it up. A
    /// commentary written before the paper cannot restate or echo it: its shared wording "parallels" the item (much)
    /// or "overlaps" it (some), words that say nothing of who had the words first.
    /// </summary>
    public string Word => Level switch
    {
        CoverageLevel.MuchSharedWording => PredatesPaper ? "parallels" : "restates",
        CoverageLevel.SomeSharedWording => PredatesPaper ? "overlaps" : "echoes",
        CoverageLevel.StrongDiscussion => "at length",
        CoverageLevel.ModerateDiscussion => "discusses",
        CoverageLevel.Mention => "mentions",
        _ => "",
    };

    /// <summary>Where a reader goes from the cell: the strongest paragraph, at the words that link it (<see cref="PassageLink.Landing"/>).</summary>
    public string? Url => Strongest?.Landing;
}

/// <summary>
/// One row of the coverage matrix: an item, or Part I, a part's introduction or closing passage (<see cref="Stop"/>),
/// and a cell per commentary, oldest first.
/// </summary>
public sealed record CoverageRow(ReadingStop Stop, IReadOnlyList<CoverageCell> Cells)
{
    /// <summary>The row's item: every row of <see cref="CrossReferenceMap.Coverage"/> has one; the rows only <see cref="CrossReferenceMap.AllCoverage"/> adds do not.</summary>
    public PaperItem Item => Stop.Item ?? throw new InvalidOperationException($"{Stop.Label} is not a numbered item");
}
