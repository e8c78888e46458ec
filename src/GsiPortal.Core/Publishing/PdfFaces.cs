using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GsiPortal.Core.Publishing;

/// <summary>The faces, sizes and colours the PDF is set in: the texts in the serif, the editors' words in a sans italic.</summary>
internal static class PdfFaces
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    public static readonly XFont Body = new(PdfFonts.Serif, 10.5, XFontStyleEx.Regular, Unicode);
    public static readonly XFont BodyBold = new(PdfFonts.Serif, 10.5, XFontStyleEx.Bold, Unicode);
    public static readonly XFont Title = new(PdfFonts.Serif, 20, XFontStyleEx.Bold, Unicode);
    public static readonly XFont Part = new(PdfFonts.Serif, 15, XFontStyleEx.Bold, Unicode);
    public static readonly XFont Section = new(PdfFonts.Serif, 12, XFontStyleEx.Bold, Unicode);
    public static readonly XFont Small = new(PdfFonts.Serif, 9, XFontStyleEx.Regular, Unicode);
    public static readonly XFont Head = new(PdfFonts.Serif, 8.5, XFontStyleEx.Italic, Unicode);
    public static readonly XFont Editors = new(PdfFonts.Sans, 9.5, XFontStyleEx.Italic, Unicode);
    public static readonly XFont EditorsHeading = new(PdfFonts.Sans, 10.5, XFontStyleEx.BoldItalic, Unicode);
    public static readonly XFont Margin = new(PdfFonts.Sans, 8, XFontStyleEx.Regular, Unicode);
    public static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    public static readonly XBrush EditorsBrush = new XSolidBrush(XColor.FromArgb(74, 58, 0));

    private static readonly Dictionary<double, XFont> ChineseFaces = [];

    /// <summary>The Chinese face at a size: PDFsharp takes every glyph from the one font it is given, and DejaVu has none for them.</summary>
    public static XFont Chinese(double size)
    {
        lock (ChineseFaces)
        {
            if (!ChineseFaces.TryGetValue(size, out var font))
                ChineseFaces[size] = font = new XFont(PdfFonts.Chinese, size, XFontStyleEx.Regular, Unicode);
            return font;
        }
    }
}
