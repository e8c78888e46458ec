using System.Text;

namespace GsiPortal.Core.Addresses;

/// <summary>
/// An address as a reader copies it from the page: percent-escapes undone where the character reads the same typed
/// or pasted (letters of any script, digits, curly quotation marks, most punctuation), kept where undoing them would
/// change the address (a space ends it in an e-mail or a message; an <c>&amp;</c>, <c>=</c>, <c>#</c>, <c>+</c> or
/// <c>%</c> inside a value would split or reread it). The quote check showed its verdict's address fully unescaped,
/// so "text=War and sanctions" broke wherever it was pasted, and a quotation holding "&amp;" named another address.
/// </summary>
public static class LegibleAddress
{
    /// <summary>
    /// Characters that stay escaped inside one piece of an address. The structural <c>/ ? &amp; = #</c> between the
    /// pieces are never escaped in an address as built and are kept as they are.
    /// </summary>
    private const string KeptEscaped = "%&=#+?/\\\"<>`^{}|[]";

    /// <summary>
    /// <paramref name="escaped"/> (an origin-relative or absolute address as <see cref="Uri.EscapeDataString(string)"/>
    /// builds its values) with the escapes a reader need not see undone; reading it back gives the same address.
    /// </summary>
    public static string Of(string escaped)
    {
        var legible = new StringBuilder(escaped.Length);
        var start = 0;
        for (var i = 0; i <= escaped.Length; i++)
        {
            if (i < escaped.Length && !IsStructural(escaped[i]))
                continue;
            legible.Append(Piece(escaped[start..i]));
            if (i < escaped.Length)
                legible.Append(escaped[i]);
            start = i + 1;
        }
        // A query value's last characters stay escaped where a linkifier would drop them (a quotation's full stop).
        var shown = legible.ToString();
        return shown.LastIndexOfAny(['/', '?', '&', '=', '#']) is var at and >= 0 && shown[at] == '=' ? EscapeTrailing(shown) : shown;
    }

    /// <summary>Characters a linkifier drops from an address's end, which <see cref="Uri.EscapeDataString(string)"/> leaves as they are.</summary>
    private const string DroppedAtEnd = ".,;:!?'()*~_-";

    /// <summary>
    /// <paramref name="escaped"/> with the punctuation at its very end percent-escaped (a final full stop as <c>%2E</c>):
    /// pasted into prose, an address's last "." or ")" is taken for the sentence's by mail and chat linkifiers, and the
    /// quote check's address lost its quotation's full stop (a fresh-eyes review). The address reads back the same.
    /// </summary>
    public static string EscapeTrailing(string escaped)
    {
        var end = escaped.Length;
        while (end > 0 && DroppedAtEnd.Contains(escaped[end - 1], StringComparison.Ordinal)) end--;
        if (end == escaped.Length) return escaped;
        return escaped[..end] + string.Concat(escaped[end..].Select(c => $"%{(int)c:X2}"));
    }

    /// <summary>
    /// Whether <paramref name="text"/>, at an address's end, ends in a character a linkifier drops there that the
    /// address shows as itself (a "?" stays escaped, "%3F", and is kept).
    /// </summary>
    public static bool EndsInDroppable(string text) =>
        text.Length > 0 && DroppedAtEnd.Contains(text[^1], StringComparison.Ordinal) && !KeptEscaped.Contains(text[^1], StringComparison.Ordinal);

    private static bool IsStructural(char c) => c is '/' or '?' or '&' or '=' or '#';

    private static string Piece(string escaped)
    {
        if (!escaped.Contains('%'))
            return escaped;
        string text;
        try
        {
            text = Uri.UnescapeDataString(escaped);
        }
        catch (UriFormatException)
        {
            return escaped;
        }
        var piece = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var shown = rune.ToString();
            piece.Append(Reads(rune) ? shown : Uri.EscapeDataString(shown));
        }
        return piece.ToString();
    }

    /// <summary>Whether a character reads the same shown as escaped: not a space, a control or one <see cref="KeptEscaped"/>.</summary>
    private static bool Reads(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune)
        && Rune.GetUnicodeCategory(rune) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.OtherNotAssigned)
        && !(rune.IsAscii && KeptEscaped.Contains((char)rune.Value, StringComparison.Ordinal));
}
