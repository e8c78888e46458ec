using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// Why a result was found when its snippet marks none of the searched words: the heading it stands under, the words
/// marked there. Headings are a field of their own (a commentary's section heading, an item's label and heading), so
/// "mediation" finds Khokhar ¶11–13 under "China's mediation diplomacy" though the paragraphs never write the word;
/// shown with nothing marked, the reader could not tell why (a fresh reader's review).
/// </summary>
/// <param name="Heading">The heading as its text writes it, the searched words marked.</param>
/// <param name="IsSection">True for a commentary's section heading (the commentary's words), false for an item's heading.</param>
/// <param name="IsEditors">True when the heading is the editors' label, not the text's words.</param>
public sealed record MatchedHeading(IReadOnlyList<TextRun> Heading, bool IsSection, bool IsEditors)
{
    /// <summary>
    /// The heading a result matched by, or null when no heading holds the words, or when its snippet marks the words
    /// itself and no searched word was found in the heading alone (<paramref name="foundThere"/>, <see cref="ResultNote.Outside"/>).
    /// </summary>
    public static MatchedHeading? Of(IReadOnlyList<TextRun> snippet, Passage? passage, string words, bool foundThere = false)
    {
        if (passage is null || (snippet.Any(r => r.Marked) && !foundThere)) return null;
        var (heading, section, editors) = passage switch
        {
            { Item: { } item } => (item.Heading, false, item.HeadingIsEditors),
            { Document: Commentary, Paragraphs: [var p, ..] } => (p.SectionHeading, true, false),
            _ => (null, false, false),
        };
        if (string.IsNullOrEmpty(heading)) return null;
        var runs = TextMarker.Runs(heading, 0, heading.Length, HighlightWords.Of(words).In(heading));
        return runs.Any(r => r.Marked) ? new MatchedHeading(runs, section, editors) : null;
    }
}
