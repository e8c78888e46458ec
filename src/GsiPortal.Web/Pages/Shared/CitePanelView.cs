using GsiPortal.Core.Addresses;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>What the Cite panel shows: the canonical address, a citation per format, and, for an item, one per sentence.</summary>
public sealed record CitePanelView(Passage Passage, string Canonical, IReadOnlyList<Citation> Citations, IReadOnlyList<(Sentence Sentence, Citation Citation)> Sentences)
{
    public static CitePanelView For(Edition edition, Passage passage, HttpContext context)
    {
        var origin = SiteOrigin.Of(context);
        var accessed = SiteOrigin.Today(context);
        var sentences = passage.Item is { } item && passage.Kind == PassageKind.Item
            ? item.Sentences.Select(s => (s, edition.Citations.For(AddressBook.OfSentences(item, s.Number, s.Number), CitationFormat.Chicago, origin, accessed))).ToList()
            : [];
        var citations = CitationFormats.All.Select(f => edition.Citations.For(passage, f, origin, accessed)).ToList();
        return new CitePanelView(passage, origin + passage.Address, citations, sentences);
    }

    public string DownloadLink(CitationFormat format) => AddressBook.Cite(Passage, CitationFormats.Key(format));
}
