using System.Text.RegularExpressions;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// An editor's bracketed note at the start or end of a quotation — "[emphasis added]", "[emphasis mine]", "[italics in
/// original]", "[sic]", "[footnote omitted]", "[translation mine]" — which says something about the quotation and is no
/// word of the text. Read as the quoter's words, a trailing note was aligned with the next sentence's first word and the
/// quotation called "cut inside a sentence" (a fresh-eyes review, December 2026). A bracket that stands for the text's
/// own words inside a quotation ("[China]" for "it") is the quoter's insertion, as before: only these formulas, only at
/// the ends, are notes.
/// </summary>
public static partial class EditorialNote
{
    private const string Formula =
        @"\[\s*(?:(?:emphasis|emphases|italics?|bold|underlining|underline|stress)(?:\s+(?:added|mine|supplied|ours|original|in\s+(?:the\s+)?original))" +
        @"|sic|(?:footnotes?|endnotes?|notes?|citations?|references?|internal\s+(?:quotation\s+marks|citations?))\s+omitted" +
        @"|(?:my|our)\s+(?:emphasis|italics|translation)|translation\s+(?:mine|ours|added))\s*[.!]?\s*\]";

    /// <summary>The characters at the end in which notes are sought: a few notes and the punctuation around them.</summary>
    private const int MaxNotesLength = 160;

    // Punctuation and spaces around the notes, but never an opening bracket: "[emphasis added]" is only a note whole.
    [GeneratedRegex(@"(?:[\s\p{P}-[\[\]]]*" + Formula + @")+[\s\p{P}-[\[\]]]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^[\s\p{P}-[\[\]]]*(?:" + Formula + @"[\s\p{P}-[\[\]]]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    /// <summary>Where the text's words lie between the notes (<paramref name="start"/>, <paramref name="end"/>), and the notes as written.</summary>
    public static IReadOnlyList<string> Find(string text, out int start, out int end)
    {
        var notes = new List<string>();
        start = 0;
        end = text.Length;
        if (Leading().Match(text) is { Success: true } lead)
        {
            start = lead.Length;
            notes.AddRange(Notes(lead.Value));
        }
        // Notes are short: the end is sought in the last characters only, so a long run of punctuation costs nothing.
        if (Trailing().Match(text, Math.Max(start, text.Length - MaxNotesLength)) is { Success: true } trail)
        {
            end = trail.Index;
            notes.AddRange(Notes(trail.Value));
        }
        return notes;
    }

    private static IEnumerable<string> Notes(string span) =>
        Regex.Matches(span, Formula, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Select(m => m.Value);
}
