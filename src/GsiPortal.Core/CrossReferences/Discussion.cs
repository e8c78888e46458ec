using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// How a commentary paragraph takes up an item it shares no wording with: one sentence of it resembles the item
/// (a mention), the whole paragraph does (a discussion), or does closely (a discussion at length).
/// </summary>
public enum DiscussionStrength { Mention, Moderate, Strong }

/// <summary>
/// A commentary paragraph that discusses a paper unit, found by similarity, by a proper name or key term that
/// belongs to the unit alone (<see cref="Name"/>; for a sentence found by similarity, the words of the unit alone it
/// shares), with <see cref="Similarity"/> that of its closest sentence when <see cref="OneSentence"/>, or judged by
/// the editors (<see cref="EditorsNote"/>, from content/links.yml). <see cref="Words"/> is what a reader is shown.
/// </summary>
public sealed record Discussion(Paragraph Commentary, PaperUnit Paper, double Similarity, DiscussionStrength Strength, string? Name = null, string? EditorsNote = null, bool OneSentence = false)
{
    public Commentary Source => (Commentary)Commentary.Document;

    /// <summary>
    /// The words the link rests on, as the commentary writes them (<see cref="LinkWords"/>): the name or term; for
    /// one sentence, its words this item alone has (then also <see cref="Name"/>); for a whole paragraph, the runs
    /// weighing most in the resemblance. Empty only for an editors' judgement no computation made.
    /// </summary>
    public IReadOnlyList<string> Words { get; init; } = Name is null ? [] : [Name];

    /// <summary>The item the paragraph restates, where the link is a term named inside that restatement (Chen ¶11's "climate change", restating commitment 6).</summary>
    public PaperItem? Restating { get; init; }
}
