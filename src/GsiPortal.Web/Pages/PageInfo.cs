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
}

/// <summary>Implemented by page models so the layout can read <see cref="PageInfo"/>.</summary>
public interface IHasPageInfo
{
    PageInfo Info { get; }
}
