using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.Search;

/// <summary>One paragraph of a commentary that takes up an item of the paper, and how, as the item's panel says it ("discussed at length").</summary>
internal sealed record TakenUpBy(string UnitId, string Label, string How);

/// <summary>
/// "what does Khokhar say about commitment 4": a query naming one commentary's author and one item of the paper asks
/// for that commentary's paragraphs on the item. The words cannot find them — Khokhar's paragraphs never write his name
/// nor "commitment 4", and the search answered with the commitment and Lei Kezhong's list of commitments (a fresh-eyes
/// review) — but the cross-references know them: the paragraphs the item's panel and the coverage table list, in
/// their order (strongest first). Made with the edition from its cross-references, so a search only looks them up.
/// </summary>
internal sealed class CommentaryOnItem
{
    /// <summary>Words that ask what a commentary says and nothing more: what a reader puts round the name and the item.</summary>
    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "what", "does", "do", "did", "how", "say", "says", "said", "write", "writes", "wrote", "think", "thinks", "make", "makes", "of",
        "on", "about", "the", "'s", "view", "views", "comment", "comments", "commentary", "read", "reads", "reading", "take", "takes", "and", "in", "to",
    };

    private readonly ReferenceReader read;
    /// <summary>Every word of the authors' names, lower case: a query holding none names no author, and is not read again.</summary>
    private readonly string[] nameWords;
    private readonly Dictionary<(Commentary, PaperItem), IReadOnlyList<TakenUpBy>> links;

    public delegate References.CommentaryOnItemReading? ReferenceReader(string text);

    public CommentaryOnItem(ReferenceReader read, CrossReferenceMap map)
    {
        this.read = read;
        nameWords = [.. map.Library.Commentaries.SelectMany(c => c.Author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(c.Meta.AuthorFamily ?? ""))
            .Where(w => w.Length > 1).Select(w => w.ToLowerInvariant()).Distinct()];
        links = map.Links.Where(l => l.Item is not null)
            .GroupBy(l => (l.Source, l.Item!))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TakenUpBy>)g.Select(l => new TakenUpBy(AddressBook.Id(l.Commentary), $"¶{l.Commentary.Label}", CoverageCell.StrengthWords(l))).ToList());
    }

    /// <summary>The commentary, the item and its paragraphs on it, when the query asks that and nothing more; else null.</summary>
    public (Commentary Commentary, PaperItem Item, Passage Named, IReadOnlyList<TakenUpBy> Paragraphs)? Read(string cleaned)
    {
        // The grammar's second pass over a query, spared where no author is named: nearly every query (docs/performance.md).
        if (cleaned.Length > 120 || !NamesAnAuthor(cleaned) || read(cleaned) is not { Item.Item: { } item } reading || !reading.Others.All(Asking.Contains)) return null;
        return (reading.Commentary, item, reading.Item, links.GetValueOrDefault((reading.Commentary, item)) ?? []);
    }

    /// <summary>Whether a word of an author's name stands anywhere in the text: looser than the grammar, never stricter.</summary>
    private bool NamesAnAuthor(string text)
    {
        foreach (var word in nameWords)
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>What the page says of the answer, in the editors' words: which paragraphs come first and why, or that none takes the item up.</summary>
    public static string Note(Commentary commentary, PaperItem item, IReadOnlyList<TakenUpBy> paragraphs) => paragraphs.Count == 0
        ? $"{commentary.Author}'s commentary does not take up {item.Label}, by the site's cross-references (shared wording, discussion or a name of the item's own): {item.Label} is shown first."
        : $"{commentary.Author}'s paragraphs that take up {item.Label} come first, strongest first, as the site's cross-references link them: "
          + string.Join("; ", paragraphs.Select(p => $"{p.Label}, {p.How}")) + $". Every commentary on it is compared on {item.Label}'s page.";
}
