using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Search;

/// <summary>
/// A query that starts with a reference ("II.4", "Khokhar ¶4", "section III"): the search unit it names, read by the
/// one reference grammar, and the hit that leads to exactly what was named.
/// </summary>
internal sealed class QueryReferences(Func<string, NamedReference?>? references, IReadOnlyList<SearchUnit> units)
{
    private readonly Dictionary<string, int> ordinals = units.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    /// <summary>
    /// The unit and label a query names when it starts with a reference, read by the one reference grammar: an item
    /// ("II.4", "priority eight", "commitment 4 indivisible"), a commentary's paragraph ("Khokhar ¶4", "paragraph 4 of
    /// Khokhar"), or a part written as such ("Part III", "section III", "III") — its first passage — but not "I" or
    /// "2", which readers type for other things.
    /// </summary>
    public static NamedReference? Read(AddressBook book, string text)
    {
        if (book.References.ReadStart(text) is not { Reading.Names: true } read) return null;
        var written = text[..read.Length].Trim();
        var named = read.Reading.Passages[0];
        NamedReference? found = named switch
        {
            { Kind: PassageKind.Sentences, Item: { } item } => new(AddressBook.Id(item), named.Title, named),
            { Item: { } item } => new(AddressBook.Id(item), item.Label, named),
            // A commentary's paragraphs, or the Background's: the unit of the first paragraph named.
            { Paragraphs: [var paragraph, ..], Kind: PassageKind.Paragraphs or PassageKind.Sentences } => new(AddressBook.Id(paragraph), named.Title, named),
            { Kind: PassageKind.Part, Part: { } part } when written.Length >= 2 && !written.All(char.IsAsciiDigit)
                && part.Introduction.Concat(part.Closing).FirstOrDefault() is { } passage
                => new(AddressBook.Id(passage), $"Part {part.Numeral}, {part.Title}", named),
            _ => null,
        };
        return found is null ? null : found with { Rest = text[read.Length..].Trim() };
    }

    /// <summary>The unit a query names when it is a reference to an item of the paper ("II.4", "commitment 4", "priority eight").</summary>
    public (int Ordinal, NamedReference Named)? Find(string cleaned) =>
        references is not null && cleaned.Length is > 0 and <= 40 && references(cleaned) is { } found && ordinals.TryGetValue(found.UnitId, out var ordinal) ? (ordinal, found) : null;

    /// <summary>
    /// The unit found for a reference, leading to exactly what was named: a part's page rather than its first
    /// paragraph ("section III"), the sentence rather than its item ("commitment 4, sentence 2").
    /// </summary>
    public static SearchHit Exactly(SearchHit hit, Passage named) => named.Kind switch
    {
        PassageKind.Part => hit with { Url = named.Address, Locator = named.Locator, Title = named.Title },
        PassageKind.Sentences or PassageKind.Paragraphs when named.Address != hit.Url => hit with { Url = named.Address, Locator = named.Locator },
        _ => hit,
    };
}
