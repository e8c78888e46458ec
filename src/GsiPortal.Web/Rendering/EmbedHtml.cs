using System.Net;
using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Rendering;

/// <summary>The quotation an oEmbed answer carries: the passage in a blockquote, attributed, linked back.</summary>
public static class EmbedHtml
{
    /// <summary>The iframe another site pastes: the compact embed page, titled, sized for its words at 600 pixels.</summary>
    public static string Iframe(Passage passage, string origin)
    {
        var words = passage.Text.Length;
        var height = Math.Clamp(90 + words / 70 * 26, 140, 900); // title and attribution, then about 70 characters a line
        return $"<iframe src=\"{WebUtility.HtmlEncode(origin + AddressBook.Embed(passage))}\" title=\"{WebUtility.HtmlEncode(passage.Title)} — GsiPortal\" width=\"600\" height=\"{height}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }

    public static string Quote(Passage passage, string origin)
    {
        var link = WebUtility.HtmlEncode(origin + passage.Address);
        var body = passage.Kind == PassageKind.Sentences
            ? $"<p>{WebUtility.HtmlEncode(passage.Text)}</p>"
            : string.Concat(passage.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p.Text)}</p>"));
        return $"<blockquote class=\"gsiportal-quote\" cite=\"{link}\">{body}"
            + $"<footer>— {WebUtility.HtmlEncode(passage.Attribution)}, <cite><a href=\"{link}\">{WebUtility.HtmlEncode(passage.Title)}</a></cite>, via GsiPortal</footer></blockquote>";
    }
}
