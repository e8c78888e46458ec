using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>What the editors judge a commentary paragraph to do with an item: nothing (a computed link is wrong), mention it, discuss it, or discuss it at length.</summary>
public enum JudgedStrength { None, Mentioned, Discussed, DiscussedAtLength }

/// <summary>One editors' judgement of content/links.yml: a paragraph, an item, a strength, and why, in the editors' words.</summary>
public sealed record LinkJudgement(Paragraph Commentary, PaperItem Item, JudgedStrength Strength, string Why);

/// <summary>
/// The editors' apparatus for discussion links (content/links.yml): the few judgements a computation cannot make
/// ("Dong Chunling ¶1 names the Boao Forum, where the Initiative was announced: it is no discussion of platform 4").
/// A judgement replaces the computed discussion of that paragraph and item; shared wording stays what it is.
/// Read, checked and watched like search-terms.yml and antonyms.yml; part of the cache version.
/// </summary>
public sealed class LinkJudgements(IReadOnlyList<LinkJudgement> judgements)
{
    public const string FileName = "links.yml";

    public static LinkJudgements Empty { get; } = new([]);

    public IReadOnlyList<LinkJudgement> All { get; } = judgements;

    private readonly Dictionary<(Paragraph, PaperItem), LinkJudgement> byPair = judgements.ToDictionary(j => (j.Commentary, j.Item));

    /// <summary>The editors' judgement of a paragraph against an item, if they made one.</summary>
    public LinkJudgement? Of(Paragraph commentary, PaperItem item) => byPair.GetValueOrDefault((commentary, item));
}
