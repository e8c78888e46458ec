using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

public sealed partial class ReferenceGrammar
{
    /// <summary>
    /// A commentary's paragraphs: "Khokhar ¶4", "Lei Kezhong, para. 5", "Dong 2022 ¶16–18", "Khokhar (2023), ¶4",
    /// "Lei Kezhong's paragraph 7", or the paragraph first: "paragraph 4 of Khokhar", "¶ 3 of Dong Chunling".
    /// An author's name alone is no reference. Read whole, a bare number after the name is a paragraph ("Khokhar 4", as
    /// /ref/Khokhar 4 is typed); in running text it is not ("Khokhar 2" may be anything).
    /// </summary>
    private ReferenceMatch? Commentary(string text, List<Token> t, int i, bool whole)
    {
        if (vocabulary.Author(t, i) is { } author)
        {
            var k = author.End;
            if (k < t.Count && t[k].Is("'s")) k++;
            k = Year(t, k, author.Commentary);
            if (k < t.Count && t[k].IsSymbol(',')) k++;
            if (ParagraphMarker(t, k) is var marker and > 0 && Labels(t, marker, out var end) is { } labels)
                return Paragraphs(text, t, i, end, author.Commentary, labels);
            if (whole && Labels(t, k, out var bareEnd) is { } bare && SentenceSuffix(t, bareEnd, out _, out _) is var sentenceEnd
                && (sentenceEnd > 0 ? sentenceEnd : bareEnd) == t.Count)
                return Paragraphs(text, t, i, bareEnd, author.Commentary, bare);
        }
        if (ParagraphMarker(t, i) is var m and > 0 && Labels(t, m, out var last) is { } named && last + 1 < t.Count && t[last].Is("of")
            && vocabulary.Author(t, last + 1) is { } by)
            return Paragraphs(text, t, i, Year(t, by.End, by.Commentary), by.Commentary, named);
        return null;
    }

    /// <summary>
    /// After a name: the commentary's year, bare, after a comma as APA's in-text citation gives it ("Lei, 2022, para. 5";
    /// an inferred one "Chen, ca. 2023" or APA's "Chen, n.d.") or in brackets ("2022", "(2023)", the site's "[2023?]"); where it ends, or <paramref name="k"/>.
    /// </summary>
    private static int Year(List<Token> t, int k, Commentary commentary)
    {
        var year = Numbers.Write(commentary.Date.Year);
        if (k < t.Count && t[k].Lower == year) return k + 1;
        if (k + 1 < t.Count && t[k].IsSymbol(','))
        {
            var n = k + 1;
            // APA's "n.d." for the commentary that states no date ("Chen, n.d., para. 5"), where the year is the editors' inference.
            if (commentary.Date.Inferred && NoDate(t, n) is var undated and > 0) return undated;
            if (t[n].Is("circa")) n++;
            else if (t[n].Is("ca") && n + 1 < t.Count && t[n + 1].IsSymbol('.')) n += 2;
            if (n < t.Count && t[n].Lower == year) return n + 1;
        }
        if (k + 2 < t.Count && t[k].IsSymbol('(') && t[k + 1].Lower == year && t[k + 2].IsSymbol(')')) return k + 3;
        // A year the editors supply, as the site's labels and Chicago write it ("Chen Xiangyang [2023?], ¶3"), or without the question mark.
        if (k + 2 < t.Count && t[k].IsSymbol('[') && t[k + 1].Lower == year)
        {
            var n = k + 2;
            if (n < t.Count && t[n].IsSymbol('?')) n++;
            if (n < t.Count && t[n].IsSymbol(']')) return n + 1;
        }
        return k;
    }

    /// <summary>"n.d." (APA 7's "no date"), however the tokens split it; where it ends, or -1.</summary>
    private static int NoDate(List<Token> t, int k)
    {
        if (k + 3 < t.Count && t[k].Is("n") && t[k + 1].IsSymbol('.') && t[k + 2].Is("d") && t[k + 3].IsSymbol('.')) return k + 4;
        if (k + 1 < t.Count && t[k].Is("n.d") && t[k + 1].IsSymbol('.')) return k + 2;
        return -1;
    }

    /// <summary>"¶", "¶¶", "para.", "paras.", "par.", "pars.", "paragraph", "paragraphs"; where the marker ends, or -1.</summary>
    private static int ParagraphMarker(List<Token> t, int k)
    {
        if (k >= t.Count) return -1;
        if (t[k].IsSymbol('¶')) return k + 1 < t.Count && t[k + 1].IsSymbol('¶') ? k + 2 : k + 1;
        // "par." and "pars." are MLA's, as its in-text citations print them ("(Lei, par. 5)").
        if (t[k].Is("para") || t[k].Is("paras") || t[k].Is("par") || t[k].Is("pars")) return k + 1 < t.Count && t[k + 1].IsSymbol('.') ? k + 2 : k + 1;
        return t[k].Is("paragraph") || t[k].Is("paragraphs") ? k + 1 : -1;
    }

    /// <summary>Paragraph labels and runs of them: "4", "16–18", "4 to 6", "2 and 3", "2.1".</summary>
    private static List<(string First, string? Last)>? Labels(List<Token> t, int k, out int end)
    {
        end = k;
        if (k >= t.Count || Numbers.Label(t[k]) is not { } first) return null;
        var list = new List<(string First, string? Last)> { (first, null) };
        end = k + 1;
        while (end + 1 < t.Count && list.Count <= LongestList)
        {
            if ((t[end].IsDash || t[end].Is("to")) && list[^1].Last is null && Numbers.Label(t[end + 1]) is { } last)
            {
                list[^1] = (list[^1].First, last);
                end += 2;
            }
            else if ((t[end].IsSymbol(',') || t[end].Is("and")) && Numbers.Label(t[end + 1]) is { } next)
            {
                list.Add((next, null));
                end += 2;
            }
            else break;
        }
        return list;
    }

    private ReferenceMatch Paragraphs(string text, List<Token> t, int start, int end, Commentary commentary, List<(string First, string? Last)> labels) =>
        ParagraphRuns(t, start, end, labels, label => new Locator(commentary.Id, Paragraph: label), paperSuffix: false, () =>
            $"{commentary.Author}'s commentary has {Numbers.Words(commentary.Paragraphs.Count)} paragraphs, numbered {commentary.Paragraphs[0].Label} to {commentary.Paragraphs[^1].Label}; '{Written}' names none");

    /// <summary>
    /// Runs of paragraphs of one text counted through (a commentary, the Background), with sentences after a single
    /// one ("¶5, sentence 2"); <paramref name="none"/> says why when a paragraph is not there.
    /// </summary>
    private ReferenceMatch ParagraphRuns(List<Token> t, int start, int end, List<(string First, string? Last)> labels, Func<string, Locator> at, bool paperSuffix, Func<string> none)
    {
        int firstSentence = 0, lastSentence = 0;
        if (labels is [{ Last: null }] && SentenceSuffix(t, end, out firstSentence, out lastSentence) is var sentenceEnd and > 0) end = sentenceEnd;
        if (paperSuffix && PaperSuffix(t, end) is var suffix and > 0) end = suffix;
        return ParagraphLocators(start, end, labels, at, firstSentence, lastSentence, none);
    }

    /// <summary>The runs of paragraphs <paramref name="labels"/> name, or one paragraph's sentences when a first sentence is given.</summary>
    private ReferenceMatch ParagraphLocators(int start, int end, List<(string First, string? Last)> labels, Func<string, Locator> at, int firstSentence, int lastSentence, Func<string> none)
    {
        var locators = labels.Select(l => at(l.First).ToParagraph(l.Last ?? l.First)).ToList();
        if (locators.Any(l => book.Resolve(l) is null)) return new ReferenceMatch(start, end, [], none());
        if (firstSentence != 0)
        {
            var paragraph = book.Resolve(locators[0])!.Paragraphs[0];
            if (SentencesMissing($"¶{paragraph.Label}", firstSentence, lastSentence, paragraph.Sentences.Count) is { } missing)
                return new ReferenceMatch(start, end, [], missing);
            locators = [locators[0].WithSentences(firstSentence, lastSentence)];
        }
        return new ReferenceMatch(start, end, locators, null);
    }
}
