using GsiPortal.Core.Content;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// What the downloadable books hold, in reading order, shared by the EPUB and the PDF so both list the same contents:
/// the paper's parts with their items and closing passages, then the commentaries, oldest first.
/// </summary>
internal static class BookContents
{
    /// <summary>"Commitment 4" or "Priority 8 · Africa": how the contents and the item headings name an item.</summary>
    public static string ItemEntry(PaperItem item) => item.HeadingIsEditors ? $"{item.Label} · {item.EditorsLabel}" : item.Label;

    /// <summary>The file of one part of the paper inside the EPUB.</summary>
    public static string PartFile(PaperPart part) => $"paper-{part.Slug}.xhtml";

    /// <summary>The file of one commentary inside the EPUB.</summary>
    public static string CommentaryFile(Commentary commentary) => $"commentary-{commentary.Id}.xhtml";

    /// <summary>
    /// Where a reader holding only the file finds this edition again and how to cite it (a reviewer: the books named
    /// their edition but no address). With the site's public origin, whole addresses; without one (the operator has not
    /// set Portal:PublicOrigin), the paths on the site it came from — never the Host a request claimed, as the bytes are
    /// kept with the edition and handed to everyone.
    /// </summary>
    public static string Online(ContentLibrary library, string? origin)
    {
        var edition = Editions.EditionAddress.Of(library.Version, "/");
        return origin is { Length: > 0 }
            ? $"Read and cite this edition online: {origin}{edition} (how to cite it: {origin}{Addresses.Routes.HowToCite})."
            : $"On the site this file came from, this edition is at {edition}, and how to cite it at {Addresses.Routes.HowToCite}.";
    }

    /// <summary>The source's byline: author, role, date; every piece from the front matter.</summary>
    public static string Byline(Document document)
    {
        var role = string.IsNullOrEmpty(document.Meta.Role) ? "" : $", {document.Meta.Role}";
        return $"{document.Author}{role} · {document.Date.Display}";
    }

    /// <summary>Where the text appeared and where it was captured, as the front matter states it.</summary>
    public static IEnumerable<(string Label, string Value)> SourceLines(Document document)
    {
        var m = document.Meta;
        yield return ("Published by", string.IsNullOrEmpty(m.Venue) ? "Not stated in the source." : m.Venue);
        if (!string.IsNullOrEmpty(m.Via)) yield return ("Captured from", m.Via);
        if (!string.IsNullOrEmpty(m.SourceUrl)) yield return ("Original address", m.SourceUrl);
    }
}
