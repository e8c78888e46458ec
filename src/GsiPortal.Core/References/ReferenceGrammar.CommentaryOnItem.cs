using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

/// <summary>
/// A question about what one commentary says of one place in the paper, as a reader types it: "what does Khokhar say
/// about commitment 4", "Lei Kezhong on priority 5", "II.4 Dong Chunling". Read by the one grammar, so the author's
/// names and the paper's numbering are the references' own.
/// </summary>
/// <param name="Commentary">The commentary whose author the text names.</param>
/// <param name="Item">The place in the paper the text refers to: an item, or a part's paragraphs ("Background ¶3").</param>
/// <param name="Others">The text's other words, lower case ("what", "does", "say", "about"): the caller judges whether they ask anything more.</param>
public sealed record CommentaryOnItemReading(Commentary Commentary, Passage Item, IReadOnlyList<string> Others);

public sealed partial class ReferenceGrammar
{
    /// <summary>
    /// The commentary and the paper's item a short text names together, with its other words; null unless it names
    /// exactly one author and one item of the paper, and nothing else as a reference — "Khokhar ¶4" names a paragraph,
    /// and is read as one by <see cref="ReadStart"/>.
    /// </summary>
    public CommentaryOnItemReading? ReadCommentaryOnItem(string text)
    {
        var t = ReferenceTokens.Of(text, CancellationToken.None);
        if (t.Count is 0 or > 24) return null;
        Commentary? commentary = null;
        Passage? item = null;
        var others = new List<string>();
        for (var i = 0; i < t.Count;)
        {
            // A reference first: "Khokhar ¶4" is a paragraph of his, not his name beside a number.
            if (At(text, t, i, whole: false) is { } match)
            {
                var reading = Resolved(match, text, t);
                if (item is not null || reading.Passages is not [{ Document: Content.Paper } passage] || passage.Kind is PassageKind.Document) return null;
                item = passage;
                i = match.End;
                continue;
            }
            if (vocabulary.Author(t, i) is { } author)
            {
                if (commentary is not null && commentary != author.Commentary) return null;
                commentary = author.Commentary;
                i = author.End;
                continue;
            }
            if (t[i].Kind == TokenKind.Word) others.Add(t[i].Lower);
            else if (t[i].Kind == TokenKind.Number) return null;
            i++;
        }
        return commentary is not null && item is not null ? new CommentaryOnItemReading(commentary, item, others) : null;
    }
}
