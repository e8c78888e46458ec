using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.CrossReferences;

/// <summary>How strongly one commentary paragraph takes up one item, weakest first: the order a coverage cell picks its strongest passage by.</summary>
public enum PassageStrength { Mention, SharesWording, Discussed, DiscussedAtLength }

/// <summary>
/// One commentary paragraph against one item (or another passage of the paper: Part I, a part's introduction or
/// closing passage, <see cref="Stop"/>), with everything that links them: the passages it shares (their
/// distinct words counted once), its discussion of the item, if any, and the strength judged for the paragraph as a
/// whole. The coverage matrix, the item page's panel and the compare page all read these, so they cannot disagree.
/// </summary>
public sealed record PassageLink(Paragraph Commentary, ReadingStop Stop, PassageStrength Strength, int SharedWords, IReadOnlyList<SharedPassage> Shared, Discussion? Discussion)
{
    public Commentary Source => (Commentary)Commentary.Document;

    /// <summary>The item, for a link to one; null for Part I, an introduction or a closing passage.</summary>
    public PaperItem? Item => Stop.Item;

    /// <summary>The paragraph's similarity to the item, for a title attribute and the JSON (never shown bare).</summary>
    public double Similarity => Discussion?.Similarity ?? 0;

    /// <summary>The name or key term of the item that links them, if that is how.</summary>
    public string? Name => Discussion?.Name;

    /// <summary>
    /// Where a reader following the link lands: the sentence where the shared wording begins; for a link by one sentence
    /// or by a name or term, the sentence holding its first word, those words marked; else (the whole paragraph
    /// resembles the item, and its words are everywhere in it: marked, they lit up the page) the paragraph.
    /// </summary>
    public string Landing
    {
        get
        {
            if (Shared.Count > 0) return AddressBook.AtWords(Commentary, Shared.Min(s => s.CommentaryStart), null);
            if (Discussion is { Words.Count: > 0 } d && (d.OneSentence || d.Name is not null))
            {
                var at = d.Words.Select(w => Commentary.Text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                if (at >= 0) return AddressBook.AtWords(Commentary, at, string.Join(' ', d.Words));
            }
            return AddressBook.Paragraph(Commentary);
        }
    }

    /// <summary>The editors' reason, when the strength is theirs (content/links.yml) rather than computed.</summary>
    public string? EditorsNote => Discussion?.EditorsNote;

    /// <summary>Strength of the computed signals alone: 20 shared words or a close paragraph is at length; a whole paragraph alike is a discussion; a few shared words are shared wording; a sentence, name or term is a mention.</summary>
    internal static PassageStrength Computed(int sharedWords, Discussion? discussion)
    {
        var byWording = sharedWords >= CoverageCell.MuchSharedWords ? PassageStrength.DiscussedAtLength
            : sharedWords > 0 ? PassageStrength.SharesWording : PassageStrength.Mention;
        var byDiscussion = discussion?.Strength switch
        {
            DiscussionStrength.Strong => PassageStrength.DiscussedAtLength,
            DiscussionStrength.Moderate => PassageStrength.Discussed,
            _ => PassageStrength.Mention,
        };
        return byWording > byDiscussion ? byWording : byDiscussion;
    }
}
