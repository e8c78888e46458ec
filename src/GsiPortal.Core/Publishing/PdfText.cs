using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace GsiPortal.Core.Publishing;

/// <summary>Measuring, wrapping and drawing text, with runs of Chinese characters set from the Chinese face.</summary>
internal static class PdfText
{
    /// <summary>The language a screen reader is told for a run of Chinese characters.</summary>
    public const string ChineseLanguage = "zh";

    /// <summary>
    /// Greedy word wrap at the measured width; a word longer than the line stands alone. Every line but the last keeps
    /// the space after its last word (invisible at a line's end), so text read from the structure tree, by a screen
    /// reader or a copy, keeps the words on either side of a line break apart.
    /// </summary>
    public static List<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(measure, candidate, font) > width)
            {
                lines.Add(line + " ");
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>
    /// Draws text in its font, but runs of Chinese characters in the Chinese face, each tagged as a span in Chinese so
    /// a screen reader switches voice (<paramref name="tags"/> is null inside an artifact, which has no structure).
    /// </summary>
    public static void Draw(XGraphics g, string text, XFont font, XBrush brush, double x, double baseline, PdfTags? tags)
    {
        foreach (var (run, chinese) in Runs(text))
        {
            var face = chinese ? PdfFaces.Chinese(font.Size) : font;
            if (chinese && tags is not null)
            {
                using var span = tags.Inline(PdfInlineLevelElementTag.Span, ChineseLanguage);
                g.DrawString(run, face, brush, x, baseline);
            }
            else g.DrawString(run, face, brush, x, baseline);
            x += g.MeasureString(run, face).Width;
        }
    }

    public static double Measure(XGraphics g, string text, XFont font) =>
        Runs(text).Sum(r => g.MeasureString(r.Text, r.Chinese ? PdfFaces.Chinese(font.Size) : font).Width);

    /// <summary>The text cut where it passes into or out of the CJK blocks.</summary>
    private static IEnumerable<(string Text, bool Chinese)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || IsChinese(text[i]) != IsChinese(text[start]))
            {
                yield return (text[start..i], IsChinese(text[start]));
                start = i;
            }
    }

    private static bool IsChinese(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
