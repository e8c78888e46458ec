using System.Net;
using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Rendering;

/// <summary>The quotation an oEmbed answer carries: the passage in a blockquote, attributed, linked back.</summary>
public static class EmbedHtml
{
    /// <summary>
    /// What has an embed page and an oEmbed answer: an item, paragraphs or sentences, a part of the paper (its page
    /// advertises oEmbed as item pages do) and a whole commentary. The whole paper has none: no frame holds it.
    /// </summary>
    public static bool IsEmbeddable(Passage passage) =>
        passage.IsQuotable || passage.Kind == PassageKind.Part
        || (passage.Kind == PassageKind.Document && passage.Document.Kind == Core.Content.DocumentKind.Commentary);

    /// <summary>
    /// The paragraphs an embed shows, as their texts: a run of sentences as one; a part's items numbered as the paper
    /// prints them ("2. Stay committed to…"), which the heading of an item's own embed says instead.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(Passage passage) => passage.Kind switch
    {
        PassageKind.Sentences => [passage.Text],
        PassageKind.Part => passage.Paragraphs.Select(p => p.Item is { } item && item.Paragraphs[0] == p ? $"{item.Number}. {p.Text}" : p.Text).ToList(),
        _ => passage.Paragraphs.Select(p => p.Text).ToList(),
    };

    /// <summary>The iframe another site pastes: the compact embed page, titled, sized for its words at the width.</summary>
    public static string Iframe(Passage passage, string origin, int width = EmbedSize.DefaultWidth, int? height = null, int? lines = null) =>
        $"<iframe src=\"{WebUtility.HtmlEncode(origin + AddressBook.Embed(passage, lines))}\" title=\"{WebUtility.HtmlEncode(Core.Text.Typography.Curly(passage.Title))} — GsiPortal\" width=\"{width}\" height=\"{height ?? EmbedSize.Height(passage, width)}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";

    /// <summary>The shortened embed's link, naming the passage short: "Read on: Priority 5", "Read on: Commitment 4, sentence 2".</summary>
    public static string ReadOn(Passage passage) => passage.Kind switch
    {
        PassageKind.Item => $"Read on: {passage.Item!.Label}",
        PassageKind.Document => "Read on at GsiPortal",
        _ => $"Read on: {Core.Text.Typography.Curly(passage.Title)}",
    };

    /// <summary>
    /// Most words the shortened embed writes one by one: twelve lines of the widest frame hold far fewer. Past them the
    /// rest of the words stand as one unit (a whole commentary runs to thousands), which no frame shows.
    /// </summary>
    public const int MaxShortenedWords = 600;

    /// <summary>The shortened embed's words in order, paragraphs run on: each a unit embed.js may hide, the rest as one.</summary>
    public static IEnumerable<string> Words(IEnumerable<string> paragraphs)
    {
        var words = paragraphs.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return words.Count <= MaxShortenedWords ? words : words.Take(MaxShortenedWords).Append(string.Join(' ', words.Skip(MaxShortenedWords)));
    }

    public static string Quote(Passage passage, string origin)
    {
        var link = WebUtility.HtmlEncode(origin + passage.Address);
        var body = passage.Kind == PassageKind.Sentences
            ? $"<p>{WebUtility.HtmlEncode(passage.Text)}</p>"
            : string.Concat(passage.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p.Text)}</p>"));
        return $"<blockquote class=\"gsiportal-quote\" cite=\"{link}\">{body}"
            + $"<footer>— {WebUtility.HtmlEncode(passage.Attribution)}, <cite><a href=\"{link}\">{WebUtility.HtmlEncode(Core.Text.Typography.Curly(passage.Title))}</a></cite>, via GsiPortal</footer></blockquote>";
    }
}
