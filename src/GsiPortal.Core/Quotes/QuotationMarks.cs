namespace GsiPortal.Core.Quotes;

/// <summary>
/// The passages between quotation marks in one paragraph, found in a single pass: double quotes, curly or straight,
/// and guillemets as pairs; curly single quotes only where they open after a non-letter and close before one, so the
/// apostrophe in "China’s" is not taken for a closing mark. A scanner rather than a regular expression: the single
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
        int[]? nextSingleClose = null;
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] switch
            {
                '“' => Closing(text, i, CurlyDouble, '”'),
                '"' => text.IndexOf('"', i + 1),
                '«' => Closing(text, i, Guillemets, '»'),
                '‘' when i == 0 || !IsWordCharacter(text[i - 1]) => SingleClose(text, i, nextSingleClose ??= NextSingleCloses(text)),
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

    /// <summary>A letter or a number of any script (<c>\p{L}</c> or <c>\p{N}</c>).</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);
}
