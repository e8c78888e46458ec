using System.Net;
using System.Text.RegularExpressions;

namespace GsiPortal.Core.Quotes;

/// <summary>How an article sets a quotation off: inside quotation marks, or as a block quote.</summary>
public enum QuotationForm { Inline, Block }

/// <summary>A passage an article quotes, numbered in reading order, with the paragraph of the article it stands in.</summary>
public sealed record Quotation(int Number, string Text, QuotationForm Form, int ArticleParagraph);

/// <summary>
/// Finds the passages an article quotes: between straight or curly double quotes, curly single quotes or
/// guillemets, and in block quotes, Markdown (<c>&gt; …</c>) or HTML (<c>&lt;blockquote&gt;</c>, <c>&lt;q&gt;</c>).
/// Pasted HTML is read as text first. A block quote of several paragraphs gives one quotation each, since a source
/// passage is checked a paragraph at a time, and so does a quotation run over paragraphs in the newspaper way (each
/// opened with a quotation mark, only the last closed); quotation marks inside a block quote belong to it.
/// </summary>
public static partial class QuotationFinder
{
    [GeneratedRegex(@"<(p|div|br|blockquote|q|span|a|em|strong|i|b|h[1-6]|li|article|section)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();
    [GeneratedRegex(@"<blockquote\b[^>]*>(.*?)</blockquote\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BlockQuote();
    [GeneratedRegex(@"<br\s*/?>|</?(p|div|h[1-6]|li|ul|ol|section|article|header|footer|figure|figcaption|table|tr|td|th)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
    /// <summary>
    /// Double quotes, curly or straight, and guillemets, as pairs; curly single quotes only where they open after a
    /// non-letter and close before one, so the apostrophe in "China’s" is not taken for a closing mark.
    /// </summary>
    [GeneratedRegex(@"“(?<q>[^“”]+)”|""(?<q>[^""]+)""|«(?<q>[^«»]+)»|(?<![\p{L}\p{N}])‘(?<q>.+?)’(?![\p{L}\p{N}])")]
    private static partial Regex Quoted();

    public static List<Quotation> Find(string article)
    {
        var found = new List<Quotation>();
        var blocks = Blocks(article).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            var (text, isBlock) = blocks[b];
            if (isBlock)
            {
                found.Add(new Quotation(found.Count + 1, text, QuotationForm.Block, b + 1));
                continue;
            }
            foreach (Match m in Quoted().Matches(text))
            {
                var quoted = m.Groups["q"].Value.Trim();
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
    private static IEnumerable<(string Text, bool IsBlock)> Blocks(string article)
    {
        var text = article.Replace("\r\n", "\n").Replace('\r', '\n');
        if (HtmlTag().IsMatch(text)) text = HtmlAsMarkdown(text);
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
    private static string Clean(string paragraph) => MarkdownLink().Replace(paragraph, "$1");

    /// <summary>Pasted HTML as the Markdown this finder reads: block quotes as "&gt; " lines, &lt;q&gt; as curly quotes, blocks as paragraphs.</summary>
    private static string HtmlAsMarkdown(string html)
    {
        html = ScriptOrStyle().Replace(html, " ");
        html = BlockQuote().Replace(html, m =>
        {
            var inner = BlankLines().Split(Paragraphs(m.Groups[1].Value)).Where(p => p.Trim().Length > 0);
            return "\n\n" + string.Join("\n\n", inner.Select(p => "> " + p.Trim().Replace("\n", " "))) + "\n\n";
        });
        return Paragraphs(html);
    }

    private static string Paragraphs(string html)
    {
        html = Regex.Replace(html, @"<q\b[^>]*>", "“", RegexOptions.IgnoreCase);
        html = Regex.Replace(html, @"</q\s*>", "”", RegexOptions.IgnoreCase);
        html = BlockTag().Replace(html, "\n\n");
        return WebUtility.HtmlDecode(AnyTag().Replace(html, ""));
    }
}
