using System.Globalization;
using System.Security;
using System.Text;
using PdfSharp.Pdf;

namespace GsiPortal.Core.Publishing;

/// <summary>
/// The PDF's XMP metadata: title, each author as a creator of their own, the subject, the language and the rights
/// statement in <c>dc:rights</c>, where Acrobat shows it as the copyright notice and other readers of XMP look for it.
/// PDFsharp 6.2 writes its own XMP while saving (from the document information: all authors in one creator, the
/// Keywords, nothing about rights) and offers no way to give it another; so once the file is saved, that metadata
/// stream, the last object PDFsharp writes, is replaced by this one and the offset of the cross-reference table after
/// it moved by the difference. Should a later PDFsharp write the file differently, its own XMP is left as it is.
/// </summary>
internal static class PdfXmp
{
    public sealed record Fields(string Title, IReadOnlyList<string> Authors, string Subject, string Language, string Rights, string DocumentId);

    public static string Packet(PdfDocument document, Fields fields)
    {
        var date = DateTime.SpecifyKind(document.Info.CreationDate, DateTimeKind.Local).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        static string E(string value) => SecurityElement.Escape(value);
        static string Alt(string value) => $"<rdf:Alt><rdf:li xml:lang=\"x-default\">{E(value)}</rdf:li></rdf:Alt>";
        var creators = string.Concat(fields.Authors.Select(a => $"<rdf:li>{E(a)}</rdf:li>"));
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title>{Alt(fields.Title)}</dc:title>
                  <dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>
                  <dc:description>{Alt(fields.Subject)}</dc:description>
                  <dc:language><rdf:Bag><rdf:li>{E(fields.Language)}</rdf:li></rdf:Bag></dc:language>
                  <dc:rights>{Alt(fields.Rights)}</dc:rights>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{E(document.Info.Producer)}</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>{E(document.Info.Creator)}</xmp:CreatorTool>
                  <xmp:CreateDate>{date}</xmp:CreateDate>
                  <xmp:ModifyDate>{date}</xmp:ModifyDate>
                  <xmp:MetadataDate>{date}</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                  <xmpMM:DocumentID>{E(fields.DocumentId)}</xmpMM:DocumentID>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    /// <summary>The saved file with its metadata stream replaced by <paramref name="packet"/>, or unchanged when its shape is not the one expected.</summary>
    public static byte[] Replace(byte[] saved, PdfDocument document, string packet)
    {
        var reference = document.Internals.Catalog.Elements.GetReference("/Metadata");
        if (reference is null) return saved;
        var text = Encoding.Latin1.GetString(saved);
        var start = text.LastIndexOf($"\n{reference.ObjectNumber} 0 obj", StringComparison.Ordinal) + 1;
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var startXref = text.LastIndexOf("\nstartxref\n", StringComparison.Ordinal);
        if (start <= 0 || xref <= start || startXref < xref || !text[..xref].TrimEnd().EndsWith("endobj", StringComparison.Ordinal)) return saved;

        var stream = Encoding.UTF8.GetBytes(packet);
        var head = Encoding.Latin1.GetBytes($"{reference.ObjectNumber} 0 obj\n<</Type/Metadata/Subtype/XML/Length {stream.Length}>>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream\nendobj\n");
        var newXref = start + head.Length + stream.Length + tail.Length;
        // Everything from the cross-reference table on is kept, but for the number after startxref: the table's own offset.
        var numberStart = startXref + "\nstartxref\n".Length;
        var numberEnd = text.IndexOf('\n', numberStart);
        if (numberEnd < 0) return saved;
        var after = Encoding.Latin1.GetBytes(text[xref..numberStart] + newXref.ToString(CultureInfo.InvariantCulture) + text[numberEnd..]);

        using var output = new MemoryStream(newXref + after.Length);
        output.Write(saved, 0, start);
        output.Write(head);
        output.Write(stream);
        output.Write(tail);
        output.Write(after);
        return output.ToArray();
    }
}
