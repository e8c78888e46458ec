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

    public static int Height(Passage passage, int width)
    {
        var measure = Math.Max(width - Chrome - WrapLoss, 40);
        double Lines(int characters, double characterWidth) => Math.Max(1, Math.Ceiling(characters * characterWidth / measure));
        IReadOnlyList<string> paragraphs = passage.Kind == PassageKind.Sentences ? [passage.Text] : passage.Paragraphs.Select(p => p.Text).ToList();
        var height = Frame
            + TitleMargins + Lines(passage.Title.Length, TitleCharacter) * TitleLine
            + paragraphs.Sum(p => Lines(p.Length, TextCharacter) * TextLine) + (paragraphs.Count + 1) * ParagraphGap
            // "— {attribution}. Read it on GsiPortal"
            + Lines(passage.Attribution.Length + 24, FooterCharacter) * FooterLine;
        return (int)Math.Ceiling(height);
    }
}
