namespace GsiPortal.Core.Quotes;

/// <summary>
/// The passages between quotation marks in one paragraph, found in a single pass: double quotes, curly or straight,
/// and guillemets as pairs; single quotes, curly or straight, only where they open after a non-letter (a straight one
/// before a letter) and close before one, so the apostrophe in "China’s" or "China's" is not taken for a closing mark. A scanner rather than a regular expression: the single
/// quotes' rule, as a backtracking pattern, reread the rest of the paragraph from every unclosed ‘ (issue #21:
/// 10,000 of them took seconds); here each mark looks ahead once, through a table of where the next closing ’ is.
/// </summary>
public static class QuotationMarks
{
    private static readonly char[] CurlyDouble = ['“', '”'];
    private static readonly char[] Guillemets = ['«', '»'];

    /// <summary>What each pair of marks encloses, in order, never overlapping; an empty pair encloses nothing.</summary>
    public static IEnumerable<string> Enclosed(string text)
    {
        int[]? nextSingleClose = null, nextStraightClose = null;
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] switch
            {
                '“' => Closing(text, i, CurlyDouble, '”'),
                '"' => text.IndexOf('"', i + 1),
                '«' => Closing(text, i, Guillemets, '»'),
                '‘' when i == 0 || !IsWordCharacter(text[i - 1]) => SingleClose(text, i, nextSingleClose ??= NextSingleCloses(text)),
                '\'' when (i == 0 || !IsWordCharacter(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    => SingleClose(text, i, nextStraightClose ??= NextStraightCloses(text)),
                _ => -1,
            };
            if (close > i + 1)
            {
                yield return text[(i + 1)..close];
                i = close + 1;
            }
            else i++;
        }
    }

    /// <summary>The next mark of the pair after an opening one, if it closes: another opening mark first means this one is not closed.</summary>
    private static int Closing(string text, int open, char[] pair, char closing)
    {
        var next = text.IndexOfAny(pair, open + 1);
        return next >= 0 && text[next] == closing ? next : -1;
    }

    /// <summary>The first ’ that closes a ‘ at <paramref name="open"/>: at least one character on, with no line break between.</summary>
    private static int SingleClose(string text, int open, int[] nextSingleClose) =>
        open + 2 < text.Length && text[open + 1] != '\n' ? nextSingleClose[open + 2] : -1;

    /// <summary>For each position, the first ’ at or after it not followed by a letter or digit, before any line break (−1: none).</summary>
    private static int[] NextSingleCloses(string text)
    {
        var next = new int[text.Length + 1];
        next[text.Length] = -1;
        for (var k = text.Length - 1; k >= 0; k--)
            next[k] = text[k] == '’' && (k + 1 == text.Length || !IsWordCharacter(text[k + 1])) ? k
                : text[k] == '\n' ? -1
                : next[k + 1];
        return next;
    }

    /// <summary>
    /// For each position, the first straight ' at or after it that can close a quotation opened by one (review 19, D2:
    /// 'security of one country…' was found by no rule, though the audit's page promises straight quotes): after a
    /// character that is no space, not followed by a letter or digit ("China's" is no close), before any line break. A
    /// plural's apostrophe ("countries' interests") is passed over when another close follows in the paragraph, so the
    /// quotation runs on to it; with none after, it is the close.
    /// </summary>
    private static int[] NextStraightCloses(string text)
    {
        var next = new int[text.Length + 1];
        next[text.Length] = -1;
        for (var k = text.Length - 1; k >= 0; k--)
        {
            if (text[k] == '\n') { next[k] = -1; continue; }
            var closes = text[k] == '\'' && k > 0 && !char.IsWhiteSpace(text[k - 1]) && (k + 1 == text.Length || !IsWordCharacter(text[k + 1]));
            var plural = closes && text[k - 1] == 's' && k + 2 < text.Length && text[k + 1] == ' ' && char.IsLower(text[k + 2]);
            next[k] = closes && !(plural && next[k + 1] >= 0) ? k : next[k + 1];
        }
        return next;
    }

    /// <summary>Where a quotation is opened in <paramref name="text"/> and never closed (a curly or guillemet opening with no close after it, an odd straight double quote), or null.</summary>
    public static int? Unclosed(string text)
    {
        var curly = text.LastIndexOf('“');
        if (curly >= 0 && text.IndexOf('”', curly) < 0) return curly;
        var guillemet = text.LastIndexOf('«');
        if (guillemet >= 0 && text.IndexOf('»', guillemet) < 0) return guillemet;
        var straight = text.LastIndexOf('"');
        return straight >= 0 && text.Count(c => c == '"') % 2 == 1 ? straight : null;
    }

    /// <summary>A letter or a number of any script (<c>\p{L}</c> or <c>\p{N}</c>).</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);
}
