using System.Net;
using System.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// HTML-encodes text and wraps every word whose analysed term was searched for in <c>&lt;mark&gt;</c>,
/// joining marks that only white space separates, so that a phrase is marked as one.
/// The text is re-analysed with the index's analyzer, so "sanctions" is marked for a search on "sanction".
/// </summary>
public static class TextMarker
{
    public static string Html(string text, IReadOnlySet<string> terms) => Html(text, 0, text.Length, terms);

    public static string Html(string text, int start, int end, IReadOnlySet<string> terms)
    {
        var spans = terms.Count == 0 ? [] : Matches(text, terms).Where(m => m.Start >= start && m.End <= end).ToList();
        var html = new StringBuilder();
        var at = start;
        foreach (var (s, e) in spans)
        {
            html.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        html.Append(WebUtility.HtmlEncode(text[at..end]));
        return html.ToString();
    }

    /// <summary>Character ranges of matched words, merged where only white space lies between.</summary>
    public static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var token in TextAnalysis.Tokens(PortalAnalyzer.Stemming, text).Where(t => terms.Contains(t.Term)))
        {
            if (merged.Count > 0 && string.IsNullOrWhiteSpace(text[merged[^1].End..token.Start]))
                merged[^1] = (merged[^1].Start, token.End);
            else
                merged.Add((token.Start, token.End));
        }
        return merged;
    }

    /// <summary>The analysed terms of a highlight request (<c>?highlight=indivisible security</c>).</summary>
    public static IReadOnlySet<string> TermsOf(string? words) =>
        string.IsNullOrWhiteSpace(words) ? new HashSet<string>() : TextAnalysis.Terms(ReaderQuery.Clean(words)[..Math.Min(words.Length, SearchLimits.MaxQueryLength)]).ToHashSet();
}
