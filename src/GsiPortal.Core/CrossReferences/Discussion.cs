using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// How a commentary paragraph takes up an item it shares no wording with: one sentence of it resembles the item
/// (a mention), the whole paragraph does (a discussion), or does closely (a discussion at length).
/// </summary>
public enum DiscussionStrength { Mention, Moderate, Strong }

/// <summary>
/// A commentary paragraph that discusses a paper unit, found by similarity, by a proper name or key term that
/// belongs to the unit alone (<see cref="Name"/>), with <see cref="Similarity"/> that of its closest sentence when
/// <see cref="OneSentence"/>, or judged by the editors (<see cref="EditorsNote"/>, from content/links.yml).
/// </summary>
public sealed record Discussion(Paragraph Commentary, PaperUnit Paper, double Similarity, DiscussionStrength Strength, string? Name = null, string? EditorsNote = null, bool OneSentence = false)
{
    public Commentary Source => (Commentary)Commentary.Document;
}
