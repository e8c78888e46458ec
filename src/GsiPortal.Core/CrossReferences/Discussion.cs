using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// How a commentary paragraph takes up an item it shares no wording with: one sentence of it resembles the item
/// (a mention), the whole paragraph does (a discussion), or does closely (a discussion at length).
/// </summary>
public enum DiscussionStrength { Mention, Moderate, Strong }

/// <summary>
/// A commentary paragraph that discusses a paper unit without sharing its wording, found by similarity or by a
/// proper name that belongs to the unit alone (<see cref="Name"/>).
/// </summary>
public sealed record Discussion(Paragraph Commentary, PaperUnit Paper, double Similarity, DiscussionStrength Strength, string? Name = null)
{
    public Commentary Source => (Commentary)Commentary.Document;
}
