using System.Globalization;
using System.Net;
using System.Text;
using GsiPortal.Core.Citations;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// A citation as a small document a word processor opens or pastes with its italics: HTML (the titles in &lt;i&gt;) and
/// RTF (the titles in \i, every character outside ASCII as \uN so any reader gets the curly quotes and dashes right).
/// Plain text loses the italics the styles ask for.
/// </summary>
public static class CitationDocuments
{
    public const string HtmlMediaType = "text/html";
    public const string RtfMediaType = "application/rtf";

    public static string Html(Citation citation) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(CitationFormats.Label(citation.Format))} citation</title></head>\n<body><p>{Markup.Citation(citation)}</p></body></html>\n";

    public static string Rtf(Citation citation)
    {
        var rtf = new StringBuilder(@"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs24 ");
        foreach (var segment in citation.Segments)
        {
            if (segment.Italic) rtf.Append(@"{\i ");
            foreach (var ch in segment.Text)
            {
                switch (ch)
                {
                    case '\\' or '{' or '}': rtf.Append('\\').Append(ch); break;
                    case '\n': rtf.Append(@"\par "); break;
                    case < (char)128: rtf.Append(ch); break;
                    // RTF's \u takes a signed 16-bit number, followed by a stand-in for readers without Unicode.
                    default: rtf.Append(@"\u").Append(((short)ch).ToString(CultureInfo.InvariantCulture)).Append('?'); break;
                }
            }
            if (segment.Italic) rtf.Append('}');
        }
        return rtf.Append("\\par\n}\n").ToString();
    }
}
