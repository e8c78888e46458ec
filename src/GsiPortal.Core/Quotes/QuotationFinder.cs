using System.Net;
using System.Text.RegularExpressions;

namespace GsiPortal.Core.Quotes;

/// <summary>How an article sets a quotation off: inside quotation marks, or as a block quote.</summary>
public enum QuotationForm { Inline, Block }

/// <summary>A passage an article quotes, numbered in reading order, with the paragraph of the article it stands in.</summary>
public sealed record Quotation(int Number, string Text, QuotationForm Form, int ArticleParagraph);

/// <summary>
/// Finds the passages an article quotes: between straight or curly double quotes, curly single quotes or
/// guillemets (see <see cref="QuotationMarks"/>), and in block quotes, Markdown (<c>&gt; …</c>) or HTML (<c>&lt;blockquote&gt;</c>, <c>&lt;q&gt;</c>).
/// Pasted HTML is read as text first. A block quote of several paragraphs gives one quotation each, since a source
/// passage is checked a paragraph at a time, and so does a quotation run over paragraphs in the newspaper way (each
/// opened with a quotation mark, only the last closed); quotation marks inside a block quote belong to it.
/// </summary>
public static class QuotationFinder
{
    /// <summary>
    /// A guard, not a budget: every pattern here runs in time linear in the article (non-backtracking), so this is
    /// reached only if that ever stops being true; the request's own budget and cancellation stop the work sooner.
    /// </summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Every pattern is non-backtracking (issue #21): a backtracking <c>&lt;(script|style)\b.*?&lt;/\1\s*&gt;</c> reread the
    /// rest of the article from every unclosed tag, so 98 KB of "&lt;style " took ten seconds of CPU. These read the
    /// input once, whatever it holds (tests: WorkGrowthTests, QuotationFinderTests).
    /// </summary>
    private static Regex Linear(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, PatternTimeout);

    private static readonly Regex HtmlTag = Linear(@"<(p|div|br|blockquote|q|span|a|em|strong|i|b|h[1-6]|li|article|section)\b[^>]*>", RegexOptions.IgnoreCase);
    private static readonly Regex ScriptOrStyle = Linear(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
    private static readonly Regex BlockQuote = Linear(@"<blockquote\b[^>]*>(.*?)</blockquote\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
    private static readonly Regex BlockTag = Linear(@"<br\s*/?>|</?(p|div|h[1-6]|li|ul|ol|section|article|header|footer|figure|figcaption|table|tr|td|th)\b[^>]*>", RegexOptions.IgnoreCase);
    private static readonly Regex AnyTag = Linear(@"<[^>]*>");
    private static readonly Regex BlankLines = Linear(@"\n[ \t]*\n\s*");
    private static readonly Regex MarkdownLink = Linear(@"\[([^\]]*)\]\([^)]*\)");
    private static readonly Regex QOpen = Linear(@"<q\b[^>]*>", RegexOptions.IgnoreCase);
    private static readonly Regex QClose = Linear(@"</q\s*>", RegexOptions.IgnoreCase);

    /// <summary>The article's quotations; <paramref name="cancellation"/> stops the work between paragraphs (the client gone, the budget spent).</summary>
    public static List<Quotation> Find(string article, CancellationToken cancellation = default)
    {
        var found = new List<Quotation>();
        var blocks = Blocks(article, cancellation).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            cancellation.ThrowIfCancellationRequested();
            var (text, isBlock) = blocks[b];
            if (isBlock)
            {
                found.Add(new Quotation(found.Count + 1, text, QuotationForm.Block, b + 1));
                continue;
            }
            foreach (var enclosed in QuotationMarks.Enclosed(text))
            {
                var quoted = enclosed.Trim();
                if (quoted.Length > 0) found.Add(new Quotation(found.Count + 1, quoted, QuotationForm.Inline, b + 1));
            }
            // A quotation running over paragraphs opens each with a quotation mark and closes only the last.
            if (b + 1 < blocks.Count && !blocks[b + 1].IsBlock && OpenAtEnd(text) is { } open && blocks[b + 1].Text.StartsWith(text[open]))
            {
                var quoted = text[(open + 1)..].Trim();
                if (quoted.Length > 0) found.Add(new Quotation(found.Count + 1, quoted, QuotationForm.Inline, b + 1));
            }
        }
        return found;
    }

    /// <summary>Where a quotation opens that the paragraph does not close: the last “ with no ” after it, or an odd straight quote.</summary>
    private static int? OpenAtEnd(string text)
    {
        var curly = text.LastIndexOf('“');
        if (curly >= 0 && text.IndexOf('”', curly) < 0) return curly;
        var straight = text.LastIndexOf('"');
        return straight >= 0 && text.Count(c => c == '"') % 2 == 1 ? straight : null;
    }

    /// <summary>The article's paragraphs in order, each marked as a block quote or not, from Markdown, plain text or HTML.</summary>
    private static IEnumerable<(string Text, bool IsBlock)> Blocks(string article, CancellationToken cancellation)
    {
        var text = article.Replace("\r\n", "\n").Replace('\r', '\n');
        if (HtmlTag.IsMatch(text)) text = HtmlAsMarkdown(text);
        cancellation.ThrowIfCancellationRequested();
        var lines = text.Split('\n');
        var current = new List<string>();
        var currentIsBlock = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var isBlock = line.StartsWith('>');
            if (isBlock) line = line.TrimStart('>', ' ', '\t');
            // A blank line, or a change between block quote and text, ends a paragraph.
            if (line.Length == 0 || (current.Count > 0 && isBlock != currentIsBlock))
            {
                if (current.Count > 0) yield return (Clean(string.Join(' ', current)), currentIsBlock);
                current.Clear();
            }
            if (line.Length == 0) continue;
            currentIsBlock = isBlock;
            current.Add(line);
        }
        if (current.Count > 0) yield return (Clean(string.Join(' ', current)), currentIsBlock);
    }

    /// <summary>Link targets are not part of the words; a link's text is.</summary>
    private static string Clean(string paragraph) => MarkdownLink.Replace(paragraph, "$1");

    /// <summary>Pasted HTML as the Markdown this finder reads: block quotes as "&gt; " lines, &lt;q&gt; as curly quotes, blocks as paragraphs.</summary>
    private static string HtmlAsMarkdown(string html)
    {
        html = ScriptOrStyle.Replace(html, " ");
        html = BlockQuote.Replace(html, m =>
        {
            var inner = BlankLines.Split(Paragraphs(m.Groups[1].Value)).Where(p => p.Trim().Length > 0);
            return "\n\n" + string.Join("\n\n", inner.Select(p => "> " + p.Trim().Replace("\n", " "))) + "\n\n";
        });
        return Paragraphs(html);
    }

    private static string Paragraphs(string html)
    {
        html = QOpen.Replace(html, "“");
        html = QClose.Replace(html, "”");
        html = BlockTag.Replace(html, "\n\n");
        return WebUtility.HtmlDecode(AnyTag.Replace(html, ""));
    }
}
