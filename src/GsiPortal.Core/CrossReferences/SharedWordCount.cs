namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The one count of shared words every surface gives (item panel, compare page, side-by-side, passages, coverage,
/// API): the words of the paper that a commentary paragraph has the same, in its passages shared with an item. A
/// near match's changed, added or left-out words are not counted; a word of the paper is counted once however often
/// the paragraph repeats it, and however many passages overlap on it (docs/cross-references.md). Before, the item
/// panel and compare page counted every word of the paper's stretch (a near match's changed words too: Lei Kezhong ¶4
/// on commitment 6, 29), the side-by-side page one passage's (11) and the API each passage's (16 and 11).
/// </summary>
public static class SharedWordCount
{
    public static int Of(IEnumerable<SharedPassage> passages) =>
        passages.SelectMany(s => s.PaperSameWords.Select(start => (s.PaperParagraph, start))).Distinct().Count();
}
