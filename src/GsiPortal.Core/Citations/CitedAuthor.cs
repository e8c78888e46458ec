using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>
/// An author as each style wants the name: an organisation as written; a person by family and given name,
/// in the order the name is written in running text (Chinese names family first, with no comma).
/// </summary>
public sealed record CitedAuthor(string Written, string? Family, string? Given, bool FamilyFirst)
{
    public static CitedAuthor Of(Document document) => new(document.Author, document.Meta.AuthorFamily, document.Meta.AuthorGiven, document.Meta.NameOrder != "given-first");

    public bool IsPerson => Family is not null && Given is not null;

    /// <summary>Chicago notes: the name as written in running text ("Chen Xiangyang", "Ovais Ali Khokhar").</summary>
    public string Natural => IsPerson ? (FamilyFirst ? $"{Family} {Given}" : $"{Given} {Family}") : Written;

    /// <summary>The bibliographies (Chicago's, MLA's): inverted with a comma for a given-first name, as written for a family-first one.</summary>
    public string Inverted => IsPerson ? (FamilyFirst ? $"{Family} {Given}" : $"{Family}, {Given}") : Written;

    /// <summary>MLA: <see cref="Inverted"/>.</summary>
    public string Mla => Inverted;

    /// <summary>APA: family name and initials ("Chen, X.", "Khokhar, O. A.").</summary>
    public string Apa => IsPerson ? $"{Family}, {string.Join(' ', Given!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(g => $"{g[0]}."))}" : Written;

    /// <summary>In-text citations: the family name of a person, an organisation's name as written.</summary>
    public string Short => IsPerson ? Family! : Written;

    /// <summary>BibTeX and RIS: "Family, Given"; an organisation braced so it is not split into names.</summary>
    public string Bibtex => IsPerson ? $"{Family}, {Given}" : $"{{{Written}}}";

    public string Ris => IsPerson ? $"{Family}, {Given}" : Written;
}
