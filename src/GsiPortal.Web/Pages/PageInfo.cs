namespace GsiPortal.Web.Pages;

/// <summary>What the layout needs of every page: its title, description, canonical path and navigation section.</summary>
public sealed record PageInfo(string Title, string Description, string CanonicalPath, string Section = "")
{
    /// <summary>OpenGraph type: "website", or "article" for an item or a commentary.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>schema.org JSON-LD for the page, already serialised with markup escaped; null for none.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Highwire Press and Dublin Core meta for reference managers; empty for pages that are not a text or part of one.</summary>
    public IReadOnlyList<Rendering.MetaTag> CitationMeta { get; init; } = [];

    /// <summary>The id of the element where the page's text starts (a reading page's <see cref="TextId"/>), where the skip link lands; null for the main region.</summary>
    public string? SkipTo { get; init; }

    /// <summary>The id every reading page gives the element its text starts in.</summary>
    public const string TextId = "text";

    /// <summary>Whether /oembed answers for this page's address: only then does the layout advertise it (an item, a commentary).</summary>
    public bool Embeddable { get; init; }

    /// <summary>The page in other formats, for <c>&lt;link rel="alternate"&gt;</c>: its JSON, and a whole text's Markdown and plain text.</summary>
    public IReadOnlyList<PageAlternate> Alternates { get; init; } = [];
}

/// <summary>One <c>&lt;link rel="alternate" type href&gt;</c>; the href is a site path.</summary>
public sealed record PageAlternate(string Type, string Path)
{
    /// <summary>JSON (as the page answers <c>Accept: application/json</c>), and for a whole text its Markdown and plain text.</summary>
    public static IReadOnlyList<PageAlternate> For(Core.Addresses.Passage passage)
    {
        var list = new List<PageAlternate> { new("application/json", $"{Core.Addresses.Routes.ApiPassages}?address={Uri.EscapeDataString(passage.Address)}") };
        if (passage.Kind == Core.Addresses.PassageKind.Document)
        {
            list.Add(new("text/markdown", Core.Addresses.AddressBook.Download(passage.Document, "md")));
            list.Add(new("text/plain", Core.Addresses.AddressBook.Download(passage.Document, "txt")));
        }
        return list;
    }
}

/// <summary>Implemented by page models so the layout can read <see cref="PageInfo"/>.</summary>
public interface IHasPageInfo
{
    PageInfo Info { get; }
}
