namespace GsiPortal.Core.Citations;

/// <summary>
/// Chicago 18 notes, APA 7 and MLA 9 as the real CSL styles print them through citeproc-js (docs/linking.md records the
/// bench run and the few places where we differ, each for a rule of the style): the work and where it was read, the
/// pinpoint where the style puts one, the edition named by its date and id. No quotation (a reference names a work; it does
/// not quote it), no version hash, no access date (the styles ask for one only when a source has no date).
/// </summary>
internal static class HumanStyles
{
    // Chicago notes: Author, Title (Publisher, Year), pinpoint, edition, URL. / Author, "Title," Website, Date, pinpoint, edition, URL.
    // Then the bibliography entry, on a line of its own as APA's and MLA's in-text citations are.
    public static Citation Chicago(CitedParts p)
    {
        var c = new Styled().Add($"{Curly(p.Author.Natural)}, ");
        if (p.IsPaper)
        {
            c.Italic(Curly(p.Document.Title));
            c.Add(p.Publisher is { } publisher ? $" ({Curly(publisher)}, {(p.Date.Inferred ? CitationDates.Chicago(p.Date) : p.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))})" : $", {CitationDates.Chicago(p.Date)}");
        }
        else if (p.Venue is { } venue) c.Add($"“{Curly(p.Document.Title)},” {Curly(venue)}, {CitationDates.Chicago(p.Date)}");
        // The comma inside the closing quotation mark before any date (Chicago 6.9), a bracketed one too: “Title,” [2023?].
        // chicago-notes-bibliography.csl prints “Title” [2023?] for a source with no website named (docs/linking.md).
        else c.Add($"“{Curly(p.Document.Title)},” {CitationDates.Chicago(p.Date)}");
        if (p.Place is { } place) c.Add($", {place}");
        c.Add($", {EditionWords(p, CitationDates.Chicago)}, {p.Url}.");
        ChicagoBibliography(c.Add("\nBibliography: "), p);
        return c.Build(CitationFormat.Chicago);
    }

    // Chicago bibliography: Author (inverted). Title. Publisher, Year. / Author. "Title." Website, Date. Then the edition
    // and the URL, as chicago-notes-bibliography.csl prints the same item through citeproc-js (the pinpoint is the note's).
    private static void ChicagoBibliography(Styled c, CitedParts p)
    {
        c.Add($"{Curly(p.Author.Inverted)}. ");
        if (p.IsPaper)
        {
            c.Italic(Curly(p.Document.Title)).Add(". ");
            c.Add(p.Publisher is { } publisher ? $"{Curly(publisher)}, {(p.Date.Inferred ? CitationDates.Chicago(p.Date) : p.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}. " : $"{CitationDates.Chicago(p.Date)}. ");
        }
        else if (p.Venue is { } venue) c.Add($"“{Curly(p.Document.Title)}.” {Curly(venue)}, {CitationDates.Chicago(p.Date)}. ");
        else c.Add($"“{Curly(p.Document.Title)}.” {CitationDates.Chicago(p.Date)}. ");
        // The entry names the work, so it links the work (the paper, not its item); the note before it keeps the pinpoint and links the place.
        c.Add($"{EditionWords(p, CitationDates.Chicago)}. {p.WorkUrl}.");
    }

    // APA 7, reference list: Author. (Year). Title. Publisher. / Author. (Date). Title. Website. Then the edition and URL;
    // the pinpoint belongs to the in-text citation, given after the reference. The title in sentence case where the
    // editors give it (title_sentence_case): APA 7 (6.17) asks for it, and no program can tell a proper noun's capitals.
    public static Citation Apa(CitedParts p)
    {
        var c = new Styled();
        c.Add($"{Curly(p.Author.Apa)}{(p.Author.IsPerson ? "" : ".")} ({(p.IsPaper ? CitationDates.Year(p.Date) : CitationDates.Apa(p.Date))}). ");
        c.Italic(Curly(p.Document.Meta.TitleSentenceCase ?? p.Document.Title)).Add(". ");
        // APA 7 (9.24): when the author and the publisher are the same, the publisher is left out.
        if (p.IsPaper && p.Publisher is { } publisher && !IsAuthorAlsoPublisher(p)) c.Add($"{Curly(publisher)}. ");
        if (!p.IsPaper && p.Venue is { } venue) c.Add($"{Curly(venue)}. ");
        c.Add($"{EditionWords(p, CitationDates.Chicago)}. {p.WorkUrl}");
        var locator = CitationPlace.Locator(p.Target);
        c.Add($"\nIn text: ({Curly(p.Author.Short)}, {CitationDates.Year(p.Date)}{(locator is null ? "" : $", {locator.Apa}")})");
        return c.Build(CitationFormat.Apa);
    }

    // MLA 9, works cited: Author. Title. Publisher, Date, edition, URL. / Author. "Title." Website, Date, edition, URL.
    public static Citation Mla(CitedParts p)
    {
        // MLA 9 ("Organization as author"): a work whose author is also its publisher begins with its title and names the
        // organisation once, as publisher; the in-text citation then gives the title. modern-language-association.csl
        // prints the ministry twice, as apa.csl does (docs/linking.md).
        var authorIsPublisher = IsAuthorAlsoPublisher(p);
        var c = new Styled();
        if (!authorIsPublisher) c.Add($"{Curly(p.Author.Mla)}. ");
        if (p.IsPaper)
        {
            c.Italic(Curly(p.Document.Title)).Add(". ");
            if (p.Publisher is { } publisher) c.Add($"{Curly(publisher)}, ");
        }
        // A commentary is an article, a work within a larger one, whether or not its website is named: its title in
        // quotation marks (MLA 9, the title of a source contained in a larger one; the site it is read on is the container). modern-language-association.csl
        // italicises the title of a web page with no container named, which plain text then prints bare (docs/linking.md).
        else if (p.Venue is { } venue) c.Add($"“{Curly(p.Document.Title)}.” ").Italic(Curly(venue)).Add(", ");
        else c.Add($"“{Curly(p.Document.Title)}.” ");
        var date = CitationDates.Mla(p.Date);
        c.Add(c.EndsWithFullStop ? char.ToUpperInvariant(date[0]) + date[1..] : date);
        c.Add($", {EditionWords(p, CitationDates.Mla)}, {p.WorkUrl}.");
        var locator = CitationPlace.Locator(p.Target);
        var pinpoint = locator is null ? "" : $", {locator.Mla}";
        c.Add("\nIn text: (");
        // The title as it is alphabetised, without its leading article, in italics as in the entry.
        if (authorIsPublisher) c.Italic(Curly(WithoutLeadingArticle(p.Document.Title)));
        else c.Add(Curly(p.Author.Short));
        c.Add($"{pinpoint})");
        return c.Build(CitationFormat.Mla);
    }

    /// <summary>An organisation that is both the author and the publisher of the paper (APA 7 9.24; MLA 9, "Organization as author").</summary>
    private static bool IsAuthorAlsoPublisher(CitedParts p) => p.IsPaper && !p.Author.IsPerson && p.Publisher == p.Author.Written;

    private static string WithoutLeadingArticle(string title) =>
        title.StartsWith("The ", StringComparison.Ordinal) ? title[4..] : title.StartsWith("A ", StringComparison.Ordinal) ? title[2..] : title;

    /// <summary>
    /// "GsiPortal edition of November 30, 2026 (0123456789ab)": the edition by its date in the style's words and by its
    /// id, which alone names one edition where a day holds several, and which is its address (/editions/0123456789ab/…).
    /// </summary>
    private static string EditionWords(CitedParts p, Func<DateOnly, string> date) => $"{CitationBuilder.Site} {Changes.EditionName.Of(p.Edition, date)}";

    /// <summary>Typographic apostrophes, as the styles' curly quotation marks beside them call for (the embeds' attribution writes the same).</summary>
    internal static string Curly(string text) => GsiPortal.Core.Text.Typography.Curly(text);
}
