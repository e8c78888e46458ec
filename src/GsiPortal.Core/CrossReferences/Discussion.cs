using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>How strongly a commentary paragraph discusses an item it shares no wording with.</summary>
public enum DiscussionStrength { Moderate, Strong }

/// <summary>A commentary paragraph that discusses a paper unit without sharing its wording, found by similarity.</summary>
public sealed record Discussion(Paragraph Commentary, PaperUnit Paper, double Similarity, DiscussionStrength Strength)
{
    public Commentary Source => (Commentary)Commentary.Document;
}
