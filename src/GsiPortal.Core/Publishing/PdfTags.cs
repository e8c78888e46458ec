using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The PDF's structure tree, built by PDFsharp's <see cref="UAManager"/> as the book is drawn: each element is begun
/// before its text is drawn and ended after, and every string drawn lands in the innermost element or in an artifact.
/// The manager also sets the catalog's /MarkInfo (Marked), /Lang and DisplayDocTitle. It writes a page's marked
/// content only while that page is the newest, which is why the book is laid out twice (see <see cref="PdfBook"/>).
/// </summary>
internal sealed class PdfTags
{
    /// <summary>What PDFsharp 6.2 writes to open an artifact: marked, but with no type.</summary>
    private const string UntypedArtifact = "/Artifact BMC\n";

    private readonly StructureBuilder builder;

    public PdfTags(PdfDocument document, string language)
    {
        var manager = UAManager.ForDocument(document);
        manager.SetDocumentLanguage(language);
        builder = manager.StructureBuilder;
    }

    public Element Group(PdfGroupingElementTag tag, string? language = null)
    {
        builder.BeginElement(tag);
        if (language is not null) builder.SetLanguage(language);
        return new Element(builder);
    }

    public Element Block(PdfBlockLevelElementTag tag)
    {
        builder.BeginElement(tag);
        return new Element(builder);
    }

    public Element Inline(PdfInlineLevelElementTag tag, string? language = null)
    {
        builder.BeginElement(tag);
        if (language is not null) builder.SetLanguage(language);
        return new Element(builder);
    }

    /// <summary>A Link element holding the annotation (added to the current page) and the text drawn over it.</summary>
    public Element Link(PdfLinkAnnotation annotation, string description)
    {
        builder.BeginElement(annotation, description);
        return new Element(builder);
    }

    /// <summary>
    /// Running heads, rules and page numbers: content that is not the text's, so a screen reader skips it and a
    /// structure-aware copy leaves it out. PDFsharp opens an artifact with no type; the marker it has just written is
    /// replaced by one saying what the artifact is (pagination, and whether head or foot), as ISO 32000-1 §14.8.2.2
    /// describes. Should a later PDFsharp write something else, its own marker is left as it is.
    /// Inside it, a Span whose replacement text (/ActualText, §14.9.4) is empty: plain text extraction does not skip
    /// artifacts (poppler's pdftotext printed "5 II. Core concepts and principles Concept Paper" inside a paragraph that
    /// crosses a page), but it does honour a Span's replacement text, so a head copied with the text around it adds nothing.
    /// </summary>
    public PaginationArtifact Pagination(XGraphics g, string subtype)
    {
        builder.BeginArtifact();
        var content = g.Internals.ContentStringBuilder;
        if (content is not null && content.Length >= UntypedArtifact.Length
            && content.ToString(content.Length - UntypedArtifact.Length, UntypedArtifact.Length) == UntypedArtifact)
        {
            content.Length -= UntypedArtifact.Length;
            content.Append("/Artifact <</Type /Pagination /Subtype /").Append(subtype).Append(">> BDC\n");
        }
        var inText = PdfRendererExtensions.IsInTextMode(g);
        content?.Append(EmptyReplacement);
        return new PaginationArtifact(builder, g, content is null ? null : inText);
    }

    /// <summary>A marked-content Span that replaces what it holds with no text.</summary>
    private const string EmptyReplacement = "/Span <</ActualText ()>> BDC\n";

    /// <summary>
    /// A pagination artifact begun; disposing it closes its Span, in the text or graphics mode it was opened in (as
    /// PDFsharp balances BT and ET before its own EMC), then the artifact.
    /// </summary>
    public readonly struct PaginationArtifact(StructureBuilder builder, XGraphics g, bool? spanOpenedInText) : IDisposable
    {
        public void Dispose()
        {
            if (spanOpenedInText is { } inText)
            {
                if (PdfRendererExtensions.IsInTextMode(g) != inText)
                {
                    if (inText) PdfRendererExtensions.BeginTextMode(g);
                    else PdfRendererExtensions.BeginGraphicMode(g);
                }
                g.Internals.ContentStringBuilder!.Append("EMC\n");
            }
            builder.End();
        }
    }

    /// <summary>Begins a grouping element that is ended by <see cref="End"/>, for nesting no block of code shows.</summary>
    public void Begin(PdfGroupingElementTag tag) => builder.BeginElement(tag);

    public void End() => builder.End();

    /// <summary>Closes the marked content open on a page before its graphics are disposed.</summary>
    public void ClosePage() => builder.EndMarkedContentsWithId();

    /// <summary>An element begun; disposing it ends it.</summary>
    public readonly struct Element(StructureBuilder builder) : IDisposable
    {
        public void Dispose() => builder.End();
    }
}
