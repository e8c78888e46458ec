using GsiPortal.Core.Search;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// A part as shown on the whole-paper page (<paramref name="OnWholePaper"/>) or on its own page; with the edition's
/// cross-references (<paramref name="Map"/>), each passage followed by the commentary paragraphs that take it up.
/// </summary>
public sealed record PartView(PaperPart Part, PageHighlight Marks, bool OnWholePaper, CrossReferenceMap? Map = null)
{
    /// <summary>The line under an item, or under the part's own passages (Part I whole, an introduction, a closing passage); null without the map.</summary>
    public TakenUpView? TakenUp(StopKind kind, PaperItem? item = null)
    {
        if (Map is null) return null;
        var reading = Map.Library.Reading;
        if ((item is null ? reading.Of(Part, kind) : reading.Of(item)) is not { } stop) return null;
        // Items and Part I have compare pages; an introduction or a closing passage has none.
        var compare = item is not null ? AddressBook.Compare(item) : kind == StopKind.Part ? AddressBook.CompareIndex(Part) : null;
        return TakenUpView.For(Map, stop, compare);
    }
}

/// <summary>A part's items by heading, linking to their pages or (<paramref name="InPage"/>) to their places on this page.</summary>
public sealed record ContentsView(PaperPart Part, bool InPage = false);
