namespace GsiPortal.Core.Content;

/// <summary>
/// The site's public addresses. These are a contract with every site that links here: they never change.
/// Kept in the core so that search results and cross-references carry the same addresses the pages answer.
/// </summary>
public static class Addresses
{
    public const string Home = "/";
    public const string Paper = "/paper";
    public const string Commentaries = "/commentaries";
    public const string Search = "/search";

    public static string Part(PaperPart part) => $"/paper/{part.Slug}";
    public static string Item(PaperItem item) => $"/paper/{item.Part.Slug}/{item.Number}";
    public static string Commentary(Commentary commentary) => $"/commentaries/{commentary.Id}";
    public static string InWholePaper(string anchor) => $"/paper#{anchor}";

    public static string Document(Document document) => document switch
    {
        Content.Commentary c => Commentary(c),
        _ => Paper,
    };

    /// <summary>The page that shows a paragraph on its own best page, with its anchor.</summary>
    public static string Paragraph(Paragraph paragraph) => paragraph switch
    {
        { Document: Content.Commentary c } => $"{Commentary(c)}#{paragraph.Anchor}",
        { Item: { } item } when item.Paragraphs[0] == paragraph => Item(item),
        { Item: { } item } => $"{Item(item)}#{paragraph.Anchor}",
        { Part: { } part } => $"{Part(part)}#{paragraph.Anchor}",
        _ => Paper,
    };
}
