using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Core.SideBySide;

/// <summary>What two commentaries are set beside each other on: an item of the paper or a key term; every commentary's column on it.</summary>
public sealed record SideBySideSubject(PaperItem? Item, KeyTerm? Term, IReadOnlyList<CommentaryColumn> Columns)
{
    /// <summary>"Commitment 4", or the key term in quotation marks.</summary>
    public string Label => Item?.Label ?? $"“{Term!.Phrase}”";

    /// <summary>The subject's own page: the item's, or the term's.</summary>
    public string Address => Item is { } item ? AddressBook.Item(item) : AddressBook.Term(Term!.Slug);

    /// <summary>This view's address for a pair (the bare address for the default pair).</summary>
    public string PairAddress(Commentary? a = null, Commentary? b = null) =>
        Item is { } item ? AddressBook.SideBySide(item, a, b) : AddressBook.SideBySide(Term!.Slug, a, b);

    /// <summary>The columns, those that say most on the subject first (uses of the term, then words), oldest first on a tie (then the library's order).</summary>
    public IReadOnlyList<CommentaryColumn> Ranked { get; } = [.. Columns.OrderByDescending(c => c.TermUses).ThenByDescending(c => c.Words).ThenBy(c => c.Commentary.Date.Earliest)];
}
