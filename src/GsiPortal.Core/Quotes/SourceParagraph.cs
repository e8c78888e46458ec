using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Quotes;

/// <summary>
/// A paragraph prepared once for quote checks: its words, and for each word the sentence it stands in, so that a
/// matched stretch can be named by its sentences and shown as it stands in the source.
/// </summary>
public sealed class SourceParagraph
{
    private readonly int[] sentenceOfWord;
    private readonly (int Start, int End)[] sentenceSpans;

    /// <summary>
    /// A paragraph's words, by its text's very string: a paragraph that reads the same in several editions is one
    /// pooled string (<see cref="TextPool"/>), so its words are read and held once, and let go with the last edition
    /// that holds the text. The words were most of what an earlier edition kept in memory (docs/performance.md).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyList<Word>> WordsOfText = new();

    public SourceParagraph(Paragraph paragraph)
    {
        Paragraph = paragraph;
        Words = WordsOfText.GetValue(paragraph.Text, text => QuoteWords.Of(text));
        // Sentences are substrings of the paragraph in order (the splitter cuts at white space), so each is found after the last.
        sentenceSpans = new (int, int)[paragraph.Sentences.Count];
        var cursor = 0;
        for (var s = 0; s < sentenceSpans.Length; s++)
        {
            var text = paragraph.Sentences[s].Text;
            var at = paragraph.Text.IndexOf(text, cursor, StringComparison.Ordinal);
            if (at < 0) at = cursor;
            sentenceSpans[s] = (at, at + text.Length);
            cursor = at + text.Length;
        }
        sentenceOfWord = new int[Words.Count];
        for (int w = 0, s = 0; w < Words.Count; w++)
        {
            while (s < sentenceSpans.Length - 1 && Words[w].Start >= sentenceSpans[s].End) s++;
            sentenceOfWord[w] = s;
        }
    }

    public Paragraph Paragraph { get; }
    public IReadOnlyList<Word> Words { get; }

    /// <summary>True when punctuation stands between word <paramref name="index"/>−1 and word <paramref name="index"/>: where a cut most likely begins.</summary>
    public bool BoundaryBefore(int index) =>
        index > 0 && index < Words.Count && Paragraph.Text.AsSpan(Words[index - 1].End, Words[index].Start - Words[index - 1].End).IndexOfAny(",;:.!?—–()") >= 0;

    /// <summary>True when the word at <paramref name="index"/> is not the first of its sentence.</summary>
    public bool StartsMidSentence(int index) => index > 0 && sentenceOfWord[index - 1] == sentenceOfWord[index];

    /// <summary>True when the word at <paramref name="index"/> is not the last of its sentence.</summary>
    public bool EndsMidSentence(int index) => index < Words.Count - 1 && sentenceOfWord[index + 1] == sentenceOfWord[index];

    /// <summary>The index of the last word of the sentence that the word at <paramref name="index"/> stands in.</summary>
    public int SentenceEnd(int index)
    {
        var end = index;
        while (end < Words.Count - 1 && sentenceOfWord[end + 1] == sentenceOfWord[index]) end++;
        return end;
    }

    /// <summary>
    /// The sentences the words from <paramref name="first"/> to <paramref name="last"/> stand in, as an address: the
    /// paragraph when they are all of it (<c>#p5</c>, or the item's page), else the sentences (<c>#s2</c>, <c>#s2-s3</c>, <c>#p5-s2</c>).
    /// </summary>
    public Passage Passage(int first, int last)
    {
        int from = sentenceOfWord[first], to = sentenceOfWord[last];
        return from == 0 && to == sentenceSpans.Length - 1
            ? AddressBook.OfParagraphs(Paragraph, Paragraph)
            : AddressBook.OfSentences(Paragraph, Paragraph.Sentences[from].Number, Paragraph.Sentences[to].Number);
    }

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> exactly as the source has them, ready to copy:
    /// case and inner punctuation kept, the sentence's closing mark when the stretch ends a sentence, and quotation
    /// marks or brackets that open or close inside it together with their partners.
    /// </summary>
    public string Excerpt(int first, int last)
    {
        var (start, end) = ExcerptSpan(first, last);
        return Paragraph.Text[start..end];
    }

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> are the whole of a quotation the text itself
    /// makes: a double quotation mark opens just before the first and closes just after the last (past a comma or
    /// full stop), with no other mark between. Priority 3 quotes the consensus "a nuclear war cannot be won and must
    /// never be fought": quoting those words quotes what the paper quotes, whole, not a sentence cut (review 22, D10).
    /// </summary>
    public bool IsInnerQuotation(int first, int last)
    {
        var text = Paragraph.Text;
        int start = Words[first].Start, end = Words[last].End;
        if (start == 0 || text[start - 1] is not ('“' or '"')) return false;
        var close = end;
        while (close < text.Length && text[close] is ',' or '.' or ';' or ':' or '!' or '?') close++;
        if (close >= text.Length || text[close] is not ('”' or '"') || (text[start - 1] == '“') != (text[close] == '”')) return false;
        return text.AsSpan(start, close - start).IndexOfAny("“”\"") < 0;
    }

    /// <summary>The words of an inner quotation (<see cref="IsInnerQuotation"/>) as they stand inside its marks, without them.</summary>
    public string InnerQuotation(int first, int last) => Paragraph.Text[Words[first].Start..Words[last].End];

    /// <summary>The sentences around the words, in runs with the words themselves marked.</summary>
    public IReadOnlyList<TextRun> InContext(int first, int last)
    {
        var (start, end) = ExcerptSpan(first, last);
        int from = sentenceSpans[sentenceOfWord[first]].Start, to = sentenceSpans[sentenceOfWord[last]].End;
        from = Math.Min(from, start);
        to = Math.Max(to, end);
        var text = Paragraph.Text;
        var runs = new List<TextRun>();
        if (start > from) runs.Add(new TextRun(text[from..start], false));
        runs.Add(new TextRun(text[start..end], true));
        if (to > end) runs.Add(new TextRun(text[end..to], false));
        return runs;
    }

    private (int Start, int End) ExcerptSpan(int first, int last)
    {
        var text = Paragraph.Text;
        int start = Words[first].Start, end = Words[last].End;
        // Ending a sentence, the stretch takes the sentence's own ending: its full stop, colon or closing quote.
        if (!EndsMidSentence(last)) end = Math.Max(end, sentenceSpans[sentenceOfWord[last]].End);
        // An opening mark just before the first word comes in with its closing partner, else not at all; a closing
        // mark just after the last word comes in when its opening partner is already in.
        var opened = start > 0 && IsOpener(text[start - 1]);
        if (opened) start--;
        while (end < text.Length && IsCloser(text[end]) && Unbalanced(text[start..end]) > 0) end++;
        if (opened && Unbalanced(text[start..end]) > 0) start++;
        // A closing mark at the end whose partner stayed outside goes too: “war is bad.” quoted from "war" on is war is bad.
        while (end > start && IsCloser(text[end - 1]) && Unpartnered(text[start..end])) end--;
        return (start, end);
    }

    private static bool IsOpener(char c) => c is '“' or '(' or '"' or '«';
    private static bool IsCloser(char c) => c is '”' or ')' or '"' or '»';

    /// <summary>True when the text's last character is a closing mark with no opening partner before it.</summary>
    private static bool Unpartnered(string text)
    {
        var last = text[^1];
        if (last == '"') return text.Count(c => c == '"') % 2 == 1;
        var opener = last switch { '”' => '“', ')' => '(', _ => '«' };
        return text.Count(c => c == opener) < text.Count(c => c == last);
    }

    /// <summary>Opening marks without their closing partner in the text: curly double quotes, brackets, guillemets, straight double quotes.</summary>
    private static int Unbalanced(string text)
    {
        int open = 0, straight = 0;
        foreach (var c in text)
        {
            if (c is '“' or '(' or '«') open++;
            else if (c is '”' or ')' or '»') open = Math.Max(0, open - 1);
            else if (c == '"') straight ^= 1;
        }
        return open + straight;
    }
}
