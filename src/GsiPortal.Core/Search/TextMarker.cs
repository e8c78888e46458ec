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
    public static string Html(string text, IReadOnlySet<string> terms) =>
        Html(text, 0, text.Length, terms.Count == 0 ? [] : Matches(text, terms));

    /// <summary>Encodes text[start..end], marking the given spans (sorted, merged) that fall inside it.</summary>
    public static string Html(string text, int start, int end, IReadOnlyList<(int Start, int End)> matches)
    {
        var spans = matches.Where(m => m.Start >= start && m.End <= end);
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
    public static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms) =>
        Matches(text, TextAnalysis.Tokens(PortalAnalyzer.Stemming, text), terms);

    /// <summary>Matches among tokens already analysed from <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Matches(string text, IEnumerable<AnalyzedToken> tokens, IReadOnlySet<string> terms) =>
        Merge(text, tokens.Where(t => terms.Contains(t.Term)).Select(t => (t.Start, t.End)));

    /// <summary>Joins spans (in order) that only white space separates.</summary>
    public static List<(int Start, int End)> Merge(string text, IEnumerable<(int Start, int End)> ordered)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in ordered)
        {
            if (merged.Count > 0 && start >= merged[^1].End && text.AsSpan(merged[^1].End, start - merged[^1].End).IsWhiteSpace())
                merged[^1] = (merged[^1].Start, end);
            else
                merged.Add((start, end));
        }
        return merged;
    }

    /// <summary>The analysed terms of a highlight request (<c>?highlight=indivisible security</c>).</summary>
    public static IReadOnlySet<string> TermsOf(string? words)
    {
        var cleaned = ReaderQuery.Clean(words);
        return cleaned.Length == 0 ? new HashSet<string>() : TextAnalysis.Terms(cleaned[..Math.Min(cleaned.Length, SearchLimits.MaxQueryLength)]).ToHashSet();
    }
}
