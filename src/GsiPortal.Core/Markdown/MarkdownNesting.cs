namespace GsiPortal.Core.Markdown;

/// <summary>
/// Finds, in one pass over the text, the first line that nests deeper than any text here needs, before Markdig sees
/// it. Markdig's own limit (128) is checked only after the block parse, whose cost grows with depth × lines: 3,000
/// nested list items took 48–80 s to fail, '>' × 100,000 about 1.5 s, and neither said where. The texts nest two
/// deep at most (an item's second paragraph), so the limit is generous.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The deepest nesting read: block quotes, list items and indentation together, or unclosed '['.</summary>
    public const int Limit = 32;

    /// <summary>The first line (1-based) nested deeper than <see cref="Limit"/>, with what is nested; null when none is.</summary>
    public static (int Line, string Message)? FirstTooDeep(string markdown)
    {
        var line = 1;
        var brackets = 0;
        var i = 0;
        while (i < markdown.Length)
        {
            // The container prefix: each '>' and each list marker opens a block; nested lines must be indented at
            // least two columns a level, so the indentation counts a level per two columns.
            var markers = 0;
            var columns = 0;
            var blank = true;
            while (i < markdown.Length)
            {
                var c = markdown[i];
                if (c == ' ') { columns++; i++; }
                else if (c == '\t') { columns += 4 - columns % 4; i++; }
                else if (c == '>') { markers++; i++; }
                else if (ListMarkerLength(markdown, i) is > 0 and var length) { markers++; i += length; }
                else break;
                if (markers + columns / 2 > Limit)
                    return (line, $"nests block quotes, lists or indentation more than {Limit} levels deep; no text needs more than a few");
            }
            for (; i < markdown.Length && markdown[i] != '\n'; i++)
            {
                var c = markdown[i];
                if (c is not (' ' or '\t' or '\r')) blank = false;
                if (c == '\\') i++;
                else if (c == '[' && ++brackets > Limit)
                    return (line, $"opens more than {Limit} square brackets '[' without closing them; no text needs more than a few");
                else if (c == ']' && brackets > 0) brackets--;
            }
            // A blank line ends a paragraph, and with it every bracket left open.
            if (blank) brackets = 0;
            i++;
            line++;
        }
        return null;
    }

    /// <summary>
    /// The line with the most inline markup (<c>* _ [ ] ( ) &lt; ` !</c>): where Markdig's own depth limit was most
    /// likely reached, since it does not say where.
    /// </summary>
    public static int BusiestLine(string markdown)
    {
        var (best, most, line, count) = (1, -1, 1, 0);
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                if (count > most) (best, most) = (line, count);
                (line, count) = (line + 1, 0);
            }
            else if (c is '*' or '_' or '[' or ']' or '(' or ')' or '<' or '`' or '!') count++;
        }
        return count > most ? line : best;
    }

    /// <summary>The length of a list marker at <paramref name="i"/> with the space after it ("- ", "12. "), or 0.</summary>
    private static int ListMarkerLength(string text, int i)
    {
        var end = i;
        if (text[i] is '-' or '+' or '*') end = i + 1;
        else
        {
            while (end < text.Length && end - i < 9 && char.IsAsciiDigit(text[end])) end++;
            if (end == i || end >= text.Length || text[end] is not ('.' or ')')) return 0;
            end++;
        }
        return end >= text.Length || text[end] is ' ' or '\t' or '\n' or '\r' ? end - i : 0;
    }
}
