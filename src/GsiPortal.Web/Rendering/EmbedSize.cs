using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// How tall an embedded passage is at a given width, estimated from its length: oEmbed answers and iframe snippets
/// must state a height before anything is laid out. The model follows the embed page's stylesheet (site.css,
/// "Embeds"): 16px serif text at 1.55 line height inside 68px of padding and rule, a 16.8px sans title, a 14.4px
/// footer. Character widths are taken on the wide side (DejaVu Serif, the widest of the fallbacks), so the estimate
/// errs towards room to spare rather than a clipped last line; the browser test measures it against Chromium.
/// </summary>
public static class EmbedSize
{
    public const int DefaultWidth = 600;

    /// <summary>Padding of main (2 × 16px), the quote's rule (4px) and padding (2 × 16px).</summary>
    private const double Chrome = 68;
    private const double TextCharacter = 8.4, TextLine = 16 * 1.55, ParagraphGap = 16 * 0.7;
    private const double TitleCharacter = 9.4, TitleLine = 16.8 * 1.25, TitleMargins = 16 * 0.2;
    private const double FooterCharacter = 7.6, FooterLine = 14.4 * 1.55;
    /// <summary>What a line loses on average to a word that did not fit and wrapped: about half a word. It matters at phone widths.</summary>
    private const double WrapLoss = 28;
    /// <summary>Main's vertical padding (2 × 8px) and the quote's (2 × 3.2px), and a line's slack for a wrapped last word.</summary>
    private const double Frame = 16 + 6.4 + 8;

    /// <summary>", edition of 30 September 2026 (0123456789ab).": the longest an edition's name in the whole embed's footer runs.</summary>
    private const int EditionWords = 47;

    /// <summary>The most lines a shortened embed shows (site.css has a rule for each, from .clamp-1).</summary>
    public const int MaxLines = 12;

    /// <summary>The shortened form (site.css, "Embeds": .clamped): main's padding 2 × 4px, the quote's 2 × 1.6px, the text's margin 3.2px, and slack.</summary>
    private const double ShortFrame = 8 + 3.2 + 3.2 + 4;

    public static int Height(Passage passage, int width)
    {
        var measure = Measure(width);
        var paragraphs = EmbedHtml.Paragraphs(passage);
        var height = Frame
            + TitleMargins + Lines(passage.HeadingAboveText.Length, TitleCharacter, measure) * TitleLine
            + paragraphs.Sum(p => Lines(p.Length, TextCharacter, measure) * TextLine) + (paragraphs.Count + 1) * ParagraphGap
            // "— {attribution}. Read it on GsiPortal, edition of 30 September 2026 (0123456789ab)."
            + Lines(passage.Attribution.Length + 24 + EditionWords, FooterCharacter, measure) * FooterLine;
        return (int)Math.Ceiling(height);
    }

    /// <summary>
    /// The embed that fits in <paramref name="maxHeight"/> at <paramref name="width"/> (oEmbed's maxheight): the whole
    /// passage when it fits; else the shortened form with as many whole lines of the quotation as fit (at most
    /// <see cref="MaxLines"/>), never a frame that cuts a line; null when not even one line fits.
    /// </summary>
    public static EmbedFit? Fit(Passage passage, int width, int maxHeight)
    {
        var whole = Height(passage, width);
        if (whole <= maxHeight) return new EmbedFit(null, whole);
        var measure = Measure(width);
        var text = EmbedHtml.Paragraphs(passage).Sum(p => p.Length + 1);
        var textLines = (int)Lines(text, TextCharacter, measure);
        for (var lines = Math.Min(textLines, MaxLines); lines >= 1; lines--)
            if (ShortHeight(passage, measure, lines) is var height && height <= maxHeight) return new EmbedFit(lines, height);
        return null;
    }

    /// <summary>How tall the shortened form is with <paramref name="lines"/> lines of quotation (its least, with one, for a refusal's reason).</summary>
    public static int ShortHeight(Passage passage, int width, int lines) => ShortHeight(passage, Measure(width), lines);

    private static int ShortHeight(Passage passage, double measure, int lines) => (int)Math.Ceiling(
        ShortFrame + lines * TextLine
        // "— {attribution}. Read on: {what}"
        + Lines(passage.Attribution.Length + 4 + EmbedHtml.ReadOn(passage).Length, FooterCharacter, measure) * FooterLine);

    private static double Measure(int width) => Math.Max(width - Chrome - WrapLoss, 40);

    private static double Lines(int characters, double characterWidth, double measure) => Math.Max(1, Math.Ceiling(characters * characterWidth / measure));
}

/// <summary>An embed's form and height: <see cref="Lines"/> null for the whole passage, else the shortened form's lines.</summary>
public sealed record EmbedFit(int? Lines, int Height);
