using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

public sealed partial class ReferenceGrammar
{
    /// <summary>
    /// The paper's numbering at token <paramref name="j"/>. <paramref name="context"/> is true when the paper was named
    /// just before, or the text is read whole: then Arabic part numbers and ordinals count too.
    /// </summary>
    private ReferenceMatch? Paper(string text, List<Token> t, int j, bool context, bool whole)
    {
        if (j >= t.Count) return null;

        // "the fourth commitment of the GSI", "the concept paper's fourth commitment"
        var k = t[j].Is("the") && j + 1 < t.Count ? j + 1 : j;
        if (k + 1 < t.Count && Numbers.Ordinal(t[k]) is { } ordinal && vocabulary.ItemPart(t[k + 1]) is { } ordinalPart)
        {
            var suffix = PaperSuffix(t, k + 2);
            if (context || suffix > 0) return Items(text, t, j == k ? j : k, suffix > 0 ? suffix : k + 2, ordinalPart, [ordinal], 0, 0);
        }

        // "commitment 4", "Priorities 3 to 5", "Commitment four, sentence 2", "commitment 4 of the GSI concept paper"
        if (vocabulary.ItemPart(t[j]) is { } part && NumberList(t, j + 1, out var end) is { } numbers)
        {
            int first = 0, last = 0;
            if (numbers.Count == 1 && ItemParagraphs(t, end, out var paragraphsEnd) is { } paragraphs)
            {
                var after = PaperSuffix(t, paragraphsEnd);
                return InItem(t, j, after > 0 ? after : paragraphsEnd, part, numbers[0], paragraphs);
            }
            if (numbers.Count == 1 && SentenceSuffix(t, end, out first, out last) is var sentenceEnd and > 0) end = sentenceEnd;
            var suffix = PaperSuffix(t, end);
            return Items(text, t, j, suffix > 0 ? suffix : end, part, numbers, first, last);
        }

        // "Part III", "section III", "§ III.12", "pt. II"
        if (t[j].Is("part") || t[j].Is("section") || t[j].Is("pt") || t[j].IsSymbol('§'))
        {
            var n = j + 1;
            if (t[j].Is("pt") && n < t.Count && t[n].IsSymbol('.')) n++;
            if (n >= t.Count) return null;
            if (t[n].Kind == TokenKind.Word && Numbers.Roman(t[n].Lower, anyCase: true) is { } numeral && !(t[n].Lower == "i" && !t[n].Capitals))
                return Dotted(text, t, j, numeral, n + 1, context) ?? PartAt(text, t, j, n + 1, numeral);
            if (t[n].Kind == TokenKind.Number && t[n].Lower.Split('.') is [var p, var i] && int.TryParse(p, out var arabicPart) && int.TryParse(i, out var item)
                && (context || t[j].IsSymbol('§') || PaperSuffix(t, n + 1) > 0))
                return DottedItems(text, t, j, arabicPart, [item], n + 1);
            if (Numbers.Cardinal(t[n]) is { } number && (context || PaperSuffix(t, n + 1) > 0))
                return PartAt(text, t, j, n + 1, number);
            return null;
        }

        // "II.4", "III.3-5", "II.4-II.5", "II.4:s2" — in capitals, not after "Chapter" (read whole, any case)
        if (t[j].Kind == TokenKind.Word && (whole || t[j].Capitals) && Numbers.Roman(t[j].Lower, anyCase: true) is { } roman
            && (context || j == 0 || !OtherDivisions.Contains(t[j - 1].Lower)))
        {
            if (Dotted(text, t, j, roman, j + 1, context) is { } dotted) return dotted;
            if (whole && j + 1 == t.Count) return PartAt(text, t, j, j + 1, roman);
            return null;
        }

        // "GSI 2.4", read whole "2.4" and "2"
        if (t[j].Kind == TokenKind.Number && context)
        {
            if (t[j].Lower.Split('.') is [var p, var i] && int.TryParse(p, out var arabicPart) && int.TryParse(i, out var item))
                return DottedItems(text, t, j, arabicPart, [item], j + 1);
            if (t[j].Lower.Split('.') is [var p3, var i3, var s3] && int.TryParse(p3, out var part3) && int.TryParse(i3, out var item3) && int.TryParse(s3, out var sentence3) && sentence3 > 0)
                return DottedItems(text, t, j, part3, [item3], j + 1, sentence3);
            // "2.IV": an Arabic part before a Roman item (the tokens split at the letter).
            if (Numbers.Cardinal(t[j]) is { } arabic && Dotted(text, t, j, arabic, j + 1, context) is { } dottedRoman) return dottedRoman;
            if (whole && j + 1 == t.Count && Numbers.Cardinal(t[j]) is { } number) return PartAt(text, t, j, j + 1, number);
        }
        return null;
    }

    /// <summary>After a part's numeral at <paramref name="dot"/>: ".4" or ".IV", with a range and sentences.</summary>
    private ReferenceMatch? Dotted(string text, List<Token> t, int start, int part, int dot, bool context)
    {
        if (dot + 1 >= t.Count || !t[dot].IsSymbol('.') || t[dot].SpaceBefore || t[dot + 1].SpaceBefore) return null;
        // "II.4.3": the item and its sentence, as "Genesis 1:3" names a verse.
        if (t[dot + 1].Kind == TokenKind.Number && ItemAndSentence(t[dot + 1].Lower) is var (withSentence, sentence)) return DottedItems(text, t, start, part, [withSentence], dot + 2, sentence);
        if (ItemNumberAt(t, dot + 1, context) is not { } first) return null;
        var numbers = new List<int> { first };
        var end = dot + 2;
        // "II.IV.3": an item in Roman numerals is a word, so its sentence comes as a token of its own.
        if (t[dot + 1].Kind == TokenKind.Word && end + 1 < t.Count && t[end].IsSymbol('.') && !t[end].SpaceBefore && !t[end + 1].SpaceBefore
            && t[end + 1].Kind == TokenKind.Number && Numbers.Cardinal(t[end + 1]) is { } romanSentence and > 0)
            return DottedItems(text, t, start, part, numbers, end + 2, romanSentence);
        // "-II.5" or "-5" (or "-II.V", "-V")
        if (end + 1 < t.Count && t[end].IsDash)
        {
            int? last = null;
            var after = end + 1;
            if (t[after].Kind == TokenKind.Word && Numbers.Roman(t[after].Lower, anyCase: true) == part && after + 2 < t.Count && t[after + 1].IsSymbol('.')
                && ItemNumberAt(t, after + 2, context) is { } l) { last = l; after += 3; }
            else if (ItemNumberAt(t, after, context) is { } m) { last = m; after += 1; }
            if (last is { } to && to > first && to - first <= LongestList)
            {
                for (var n = first + 1; n <= to; n++) numbers.Add(n);
                end = after;
            }
        }
        return DottedItems(text, t, start, part, numbers, end);
    }

    private ReferenceMatch DottedItems(string text, List<Token> t, int start, int partNumber, List<int> numbers, int end, int sentence = 0)
    {
        int first = sentence, last = sentence;
        if (sentence > 0) end = RangeEnd(t, end, allowS: false, ref last);
        else if (numbers.Count == 1 && SentenceSuffix(t, end, out first, out last) is var sentenceEnd and > 0) end = sentenceEnd;
        var suffix = PaperSuffix(t, end);
        if (suffix > 0) end = suffix;
        var parts = library.Paper.Parts;
        if (parts.FirstOrDefault(p => p.Number == partNumber) is not { } part)
            return new ReferenceMatch(start, end, [], $"the paper has {Numbers.Words(parts.Count)} parts; '{Written}' names none");
        // "I.3": Part I numbers no items, so its number after the dot is a paragraph's, counted through as the site
        // prints it ("Part I: Background, ¶3"), as "II.4" is Part II's fourth numbered paragraph.
        if (part.Items.Count == 0)
            return ParagraphLocators(start, end, [(Numbers.Write(numbers[0]), numbers.Count > 1 ? Numbers.Write(numbers[^1]) : null)],
                label => new Locator(library.Paper.Id, part.Slug, Paragraph: label), first, last, () => PartHas(part));
        return Items(text, t, start, end, part, numbers, first, last);
    }

    /// <summary>
    /// An item's number after a part's numeral: "4", or "IV" as /how-to-cite promises ("parts and items may be written in
    /// Roman or Arabic numerals"). In running text a Roman item is read only in capitals, as a Roman part is.
    /// </summary>
    private static int? ItemNumberAt(List<Token> t, int k, bool context) => t[k].Kind switch
    {
        TokenKind.Number => Numbers.Cardinal(t[k]),
        TokenKind.Word when context || t[k].Capitals => Numbers.Roman(t[k].Lower, anyCase: true),
        _ => null,
    };

    /// <summary>"4.3" after a part's numeral: item 4, sentence 3; null for any other number.</summary>
    private static (int Item, int Sentence)? ItemAndSentence(string number) =>
        number.Split('.') is [var i, var s] && int.TryParse(i, out var item) && int.TryParse(s, out var sentence) && item > 0 && sentence > 0 ? (item, sentence) : null;

    private ReferenceMatch PartAt(string text, List<Token> t, int start, int end, int number)
    {
        var suffix = PaperSuffix(t, end);
        if (suffix > 0) end = suffix;
        var parts = library.Paper.Parts;
        return parts.FirstOrDefault(p => p.Number == number) is { } part
            ? new ReferenceMatch(start, end, [new Locator(library.Paper.Id, part.Slug)], null)
            : new ReferenceMatch(start, end, [], $"the paper has {Numbers.Words(parts.Count)} parts; '{Written}' names none");
    }

    /// <summary>", para. 2", ", paras. 1–2" after one item (as the citations write a paragraph of a long priority); null when none follows.</summary>
    private static List<(string First, string? Last)>? ItemParagraphs(List<Token> t, int k, out int end)
    {
        end = k;
        if (k < t.Count && t[k].IsSymbol(',')) k++;
        return ParagraphMarker(t, k) is var marker and > 0 ? Labels(t, marker, out end) : null;
    }

    private ReferenceMatch InItem(List<Token> t, int start, int end, PaperPart part, int number, List<(string First, string? Last)> labels)
    {
        if (part.FindItem(number) is not { } item)
            return new ReferenceMatch(start, end, [], $"the paper has {Numbers.Words(part.Items.Count)} {part.Slug}; '{Written}' names none");
        var locators = labels.Select(l => item.Locator with { Paragraph = l.First }).Select((l, n) => l.ToParagraph(labels[n].Last ?? labels[n].First)).ToList();
        return locators.Any(l => book.Resolve(l) is null)
            ? new ReferenceMatch(start, end, [], $"{item.Label} has {Numbers.Words(item.Paragraphs.Count)} paragraph{(item.Paragraphs.Count == 1 ? "" : "s")}; '{Written}' names none")
            : new ReferenceMatch(start, end, locators, null);
    }

    /// <summary>Items of one part, with sentences when one item is named; the reason when any is not there.</summary>
    private ReferenceMatch Items(string text, List<Token> t, int start, int end, PaperPart part, List<int> numbers, int firstSentence, int lastSentence)
    {
        if (numbers.Any(n => part.FindItem(n) is null))
            return new ReferenceMatch(start, end, [], $"the paper has {Numbers.Words(part.Items.Count)} {part.Slug}; '{Written}' names none");
        var locators = numbers.Select(n => new Locator(library.Paper.Id, part.Slug, n)).ToList();
        if (firstSentence != 0)
        {
            var item = part.FindItem(numbers[0])!;
            if (SentencesMissing(item.Label, firstSentence, lastSentence, item.Sentences.Count()) is { } missing)
                return new ReferenceMatch(start, end, [], missing);
            locators = [locators[0].WithSentences(firstSentence, lastSentence)];
        }
        return new ReferenceMatch(start, end, locators, null);
    }
}
