using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Search;

/// <summary>
/// Where a search result leads, one answer for the search page's links and <c>/api/search</c>'s <c>url</c>: for an item
/// or paragraph of the paper, the sentence that matched (<c>/paper/commitments/4#s7</c>) rather than the top of the
/// item; a passage the query names as a reference ("commitment 4"), exactly what it names; elsewhere the hit's own
/// address. The API gave the item's address where the page's link gave the sentence (review 20, D5).
/// </summary>
public static class ResultAddress
{
    /// <summary>A result found by its words: the sentence of its snippet's first mark, where one can be told.</summary>
    public static string Of(SearchHit hit, SearchResponse results, AddressBook addresses) =>
        !results.NamedNotFound
        && results.ReferencedPassage?.Address != hit.Url
        && InThePaper(hit, addresses) is { } passage
        && HitSentence.AddressOf(hit.Snippet, passage, hit.SnippetLead) is { } sentence ? sentence : hit.Url;

    /// <summary>A result found by meaning: the sentence it is shown by, its nearest to the query.</summary>
    public static string ByMeaning(SearchHit hit, AddressBook addresses) =>
        InThePaper(hit, addresses) is { } passage && HitSentence.Opening(hit.Snippet, passage) is { } sentence ? sentence.Address : hit.Url;

    private static Passage? InThePaper(SearchHit hit, AddressBook addresses) =>
        addresses.ResolveKept(hit.Locator) is { Document: Content.Paper, Kind: PassageKind.Item or PassageKind.Paragraphs } passage ? passage : null;
}
