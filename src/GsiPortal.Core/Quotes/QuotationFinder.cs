using System.Net;
using System.Text.RegularExpressions;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// How an article sets a quotation off: inside quotation marks, as a block quote, inside another quotation (a writer
/// quoting someone who quotes the paper), or opened by a quotation mark that is never closed (its words run to the
/// paragraph's end: where the quotation ends is unknown, so it is listed, not audited).
/// </summary>
public enum QuotationForm { Inline, Block, Nested, Unclosed }

/// <summary>A passage an article quotes, numbered in reading order, with the paragraph of the article it stands in.</summary>
public sealed record Quotation(int Number, string Text, QuotationForm Form, int ArticleParagraph)
{
    /// <summary>The article's paragraph it stands in, as read: where the article may name whom it quotes (<see cref="QuoteAudit"/>).</summary>
    public string InParagraph { get; init; } = "";
}

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
    /// <summary>A line that ends a sentence: a full stop, question or exclamation mark, perhaps inside a closing quotation mark or bracket.</summary>
    private static readonly Regex SentenceEnd = Linear(@"[.!?…][""”’')\]]*$");
    /// <summary>Lines written in Markdown's way (a heading, a block quote, a list item): the text is Markdown, where a single break is no paragraph's end.</summary>
    private static readonly Regex MarkdownMarks = Linear(@"^[ \t]*(#{1,6}[ \t]|>|[-*+][ \t]|[0-9]{1,3}[.)][ \t])", RegexOptions.Multiline);
    private static readonly Regex ListItem = Linear(@"^([-*+•]|[0-9]{1,3}[.)])\s");

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
                found.Add(new Quotation(found.Count + 1, text, QuotationForm.Block, b + 1) { InParagraph = text });
                continue;
            }
            foreach (var enclosed in QuotationMarks.Enclosed(text))
            {
                var quoted = enclosed.Trim();
                if (quoted.Length == 0) continue;
                found.Add(new Quotation(found.Count + 1, quoted, QuotationForm.Inline, b + 1) { InParagraph = text });
                // A quotation inside it is checked too (review 19, D2): a writer quoting someone who quotes the paper
                // with its "not" dropped passed the audit as one outer quotation "in no text", the inner never checked.
                foreach (var inner in QuotationMarks.Enclosed(quoted))
                    if (inner.Trim() is { Length: > 0 } nested) found.Add(new Quotation(found.Count + 1, nested, QuotationForm.Nested, b + 1) { InParagraph = text });
            }
            // A quotation running over paragraphs opens each with a quotation mark and closes only the last; one
            // opened and never closed otherwise is listed with the words after its mark, so the reader learns of it.
            if (QuotationMarks.Unclosed(text) is { } open && text[(open + 1)..].Trim() is { Length: > 0 } rest)
            {
                var continued = b + 1 < blocks.Count && !blocks[b + 1].IsBlock && blocks[b + 1].Text.StartsWith(text[open]);
                found.Add(new Quotation(found.Count + 1, rest, continued ? QuotationForm.Inline : QuotationForm.Unclosed, b + 1) { InParagraph = text });
            }
        }
        return found;
    }

    /// <summary>
    /// The article's paragraphs in order, each marked as a block quote or not, from Markdown, plain text or HTML. In
    /// plain text a paragraph indented by four spaces or a tab, every line of it, is a block quote as a typescript sets
    /// one (review 19, D2: only "&gt; " and &lt;blockquote&gt; were read) — unless every paragraph is indented, which
    /// is the article's layout, not a quotation; and not in pasted HTML, whose lines are indented by its markup.
    /// </summary>
    private static IEnumerable<(string Text, bool IsBlock)> Blocks(string article, CancellationToken cancellation)
    {
        var text = article.Replace("\r\n", "\n").Replace('\r', '\n');
        var html = HtmlTag.IsMatch(text);
        if (html) text = HtmlAsMarkdown(text);
        cancellation.ThrowIfCancellationRequested();
        var paragraphs = new List<(string Text, bool IsBlock, bool Indented)>();
        var current = new List<string>();
        bool currentIsBlock = false, currentIndented = true;
        // Plain text with no blank line anywhere sets its paragraphs apart by single breaks, as text pasted from an e-mail
        // or a word processor does: three paragraphs were all "¶1 of the article" (review 21, D5b). A line ending a
        // sentence then ends its paragraph; a line broken inside a sentence (wrapped at 72 characters) still runs on. Not
        // in Markdown or HTML, or wherever a blank line is used: there a single break is no paragraph's end.
        var lineParagraphs = !html && text.Contains('\n') && !BlankLines.IsMatch(text) && !MarkdownMarks.IsMatch(text);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var isBlock = line.StartsWith('>');
            if (isBlock) line = line.TrimStart('>', ' ', '\t');
            // A blank line, or a change between block quote and text, ends a paragraph.
            if (line.Length == 0 || (current.Count > 0 && isBlock != currentIsBlock))
            {
                if (current.Count > 0) paragraphs.Add((Clean(string.Join(' ', current)), currentIsBlock, currentIndented));
                current.Clear();
                currentIndented = true;
            }
            if (line.Length == 0) continue;
            currentIsBlock = isBlock;
            currentIndented &= !html && !isBlock && (raw.StartsWith("    ", StringComparison.Ordinal) || raw.StartsWith('\t')) && !ListItem.IsMatch(line);
            current.Add(line);
            if (lineParagraphs && SentenceEnd.IsMatch(line))
            {
                paragraphs.Add((Clean(string.Join(' ', current)), currentIsBlock, currentIndented));
                current.Clear();
                currentIndented = true;
            }
        }
        if (current.Count > 0) paragraphs.Add((Clean(string.Join(' ', current)), currentIsBlock, currentIndented));
        var layout = paragraphs.All(p => p.Indented);
        return paragraphs.Select(p => (p.Text, p.IsBlock || (p.Indented && !layout)));
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
