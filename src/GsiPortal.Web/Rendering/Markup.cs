using System.Net;
using System.Text;
using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;
using Microsoft.AspNetCore.Html;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// The one place the core's structured text becomes HTML: marked runs (search hits, highlights), word-level
/// differences and citation segments. Every word is HTML-encoded here; nothing else writes these tags.
/// </summary>
public static class Markup
{
    /// <summary>
    /// Runs of text, the marked ones in <c>&lt;mark&gt;</c>; the source's misprints kept as printed (<paramref name="sic"/>)
    /// each in <c>&lt;span class="sic"&gt;</c>, which the stylesheet follows with an editors' [sic] that is not part of
    /// the text (a copied quotation leaves it out).
    /// </summary>
    public static string Runs(IEnumerable<TextRun> runs, IReadOnlyList<string>? sic = null)
    {
        using var html = new StringWriter();
        WriteRuns(runs, html, sic);
        return html.ToString();
    }

    /// <summary>
    /// A commentary's words with what it shares with the paper marked as shared wording (<c>mark.shared</c>, its own look
    /// and its own name for a screen reader) and, inside them or apart, the words the reader searched as a search's marks
    /// (a plain <c>mark</c>): two kinds of mark that looked alike (review 20 D3).
    /// </summary>
    public static string SharedRuns(IEnumerable<TextRun> runs, IReadOnlyList<string>? sic, Core.Search.PageHighlight searched)
    {
        using var html = new StringWriter();
        foreach (var run in runs)
        {
            if (run.Marked) html.Write("<mark class=\"shared\">");
            WriteRuns(searched.Mark(run.Text), html, sic);
            if (run.Marked) html.Write("</mark>");
        }
        return html.ToString();
    }

    /// <summary>As <see cref="Runs"/>, written to <paramref name="html"/>: the search API writes each snippet into its JSON without a string of its own.</summary>
    public static void WriteRuns(IEnumerable<TextRun> runs, TextWriter html, IReadOnlyList<string>? sic = null)
    {
        foreach (var run in runs)
        {
            if (run.Marked) html.Write("<mark>");
            // No misprint to mark (every search snippet in the API): the run as it is, without cutting it into parts —
            // two enumerators a run, for every run of the ten results' snippets (docs/performance.md).
            if (sic is not { Count: > 0 })
            {
                WebUtility.HtmlEncode(run.Text, html);
                if (run.Marked) html.Write("</mark>");
                continue;
            }
            foreach (var part in SicWords.Runs(run.Text, sic))
            {
                if (part.Marked)
                {
                    html.Write("<span class=\"sic\" title=\"sic: so printed in the source (the editors' mark)\">");
                    WebUtility.HtmlEncode(part.Text, html);
                    html.Write("</span>");
                }
                else WebUtility.HtmlEncode(part.Text, html);
            }
            if (run.Marked) html.Write("</mark>");
        }
    }

    /// <summary>A heading or other plain text of a document, its misprints kept [sic] as in <see cref="Runs"/>.</summary>
    public static IHtmlContent Text(string text, IReadOnlyList<string> sic) => new HtmlString(Runs([new TextRun(text, false)], sic));

    /// <summary>
    /// A word-level difference: words only in the first text in <c>&lt;del&gt;</c>, words only in the second in
    /// <c>&lt;ins&gt;</c>, each with a title saying so, so that the marking does not rest on colour or strike-through alone.
    /// </summary>
    /// <param name="steps">The words in order, each the same in both texts or only in one.</param>
    /// <param name="firstName">What the first text is called in the marks' titles ("the quotation").</param>
    /// <param name="secondName">What the second is called ("the paper").</param>
    /// <param name="context">
    /// When set, a run of words both texts share keeps only this many words beside each difference, the rest shown as
    /// "…": a near match of seventy words that differ in one is read for that one (a reader's review).
    /// </param>
    public static string Difference(IEnumerable<WordStep> steps, string firstName, string secondName, int? context = null)
    {
        var html = new StringBuilder();
        var onlyInFirst = WebUtility.HtmlEncode($"only in {firstName}");
        var onlyInSecond = WebUtility.HtmlEncode($"only in {secondName}");
        foreach (var step in context is { } keep ? AroundChanges(steps.ToList(), keep) : steps)
        {
            if (html.Length > 0) html.Append(' ');
            var word = WebUtility.HtmlEncode(step.Text);
            html.Append(step.Change switch
            {
                WordChange.OnlyInFirst => $"<del title=\"{onlyInFirst}\">{word}</del>",
                WordChange.OnlyInSecond => $"<ins title=\"{onlyInSecond}\">{word}</ins>",
                _ => word,
            });
        }
        return html.ToString();
    }

    /// <summary>The steps with each run of shared words cut to <paramref name="keep"/> words beside the changes, an ellipsis for the rest.</summary>
    private static IEnumerable<WordStep> AroundChanges(List<WordStep> steps, int keep)
    {
        var ellipsis = new WordStep(WordChange.Same, "…");
        for (var i = 0; i < steps.Count;)
        {
            if (steps[i].Change != WordChange.Same) { yield return steps[i++]; continue; }
            var end = i;
            while (end < steps.Count && steps[end].Change == WordChange.Same) end++;
            var (leading, trailing) = (i == 0, end == steps.Count);
            var shown = (leading ? 0 : keep) + (trailing ? 0 : keep);
            if (end - i <= shown + 1)
                for (var k = i; k < end; k++) yield return steps[k];
            else
            {
                if (!leading) for (var k = i; k < i + keep; k++) yield return steps[k];
                yield return ellipsis;
                if (!trailing) for (var k = end - keep; k < end; k++) yield return steps[k];
            }
            i = end;
        }
    }

    /// <summary>A citation with its titles in italics; APA's and MLA's in-text citation on a line of its own.</summary>
    public static string Citation(Citation citation)
    {
        var html = new StringBuilder();
        foreach (var segment in citation.Segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            if (segment.Italic) html.Append("<i>").Append(text).Append("</i>");
            else html.Append(text);
        }
        return html.ToString();
    }

    public static IHtmlContent Raw(string html) => new HtmlString(html);
}
