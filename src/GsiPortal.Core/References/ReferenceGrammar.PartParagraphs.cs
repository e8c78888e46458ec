using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

public sealed partial class ReferenceGrammar
{
    /// <summary>
    /// A part's paragraphs: "Part I, paragraph 3", "Part II ¶2", "Background ¶3", "the Background, para. 3",
    /// "paragraph 3 of Part I", "¶2 of the Background". The paper numbers the paragraphs of Parts II–IV as their items
    /// ("2. Stay committed to…"), so "Part II, paragraph 2" is commitment 2, as a reader holding the printed paper counts;
    /// the Background's paragraphs are unnumbered and counted in order, as the site shows them.
    /// </summary>
    private ReferenceMatch? PartParagraphs(string text, List<Token> t, int i, bool context)
    {
        if (PartNamed(t, i, context) is { } named)
        {
            var k = named.End;
            if (k < t.Count && t[k].IsSymbol(',')) k++;
            // "pt. II, commitment 4": the citations' own pinpoint, read back.
            if (k < t.Count && vocabulary.ItemPart(t[k]) == named.Part && Paper(text, t, k, context: true, whole: false) is { } item)
                return item with { Start = i };
            if (k < t.Count && named.Part.Items.Count > 0 && (t[k].Is("introduction") || t[k].Is("intro") || t[k].Is("closing")))
                return InSection(t, i, k + 1, named.Part, t[k].Is("closing") ? "closing" : "introduction");
            if (ParagraphMarker(t, k) is var marker and > 0 && Labels(t, marker, out var end) is { } labels)
                return OfPart(text, t, i, end, named.Part, labels);
            // "Part II: Core concepts and principles", a part's title as printed, names the part: numeral and title
            // both, so the word "background" in running text never does.
            return named.Titled ? new ReferenceMatch(i, PaperSuffix(t, named.End) is var after and > 0 ? after : named.End, [new Locator(library.Paper.Id, named.Part.Slug)], null) : null;
        }
        if (ParagraphMarker(t, i) is var m and > 0 && Labels(t, m, out var last) is { } counted && last + 1 < t.Count && t[last].Is("of")
            && PartNamed(t, last + 1, context) is { } of)
            return OfPart(text, t, i, of.End, of.Part, counted);
        return null;
    }

    /// <summary>
    /// "Part I", "section II", "pt. III", "the Background", "Priorities of Cooperation", "Part I: Background": a part,
    /// where its name ends, and whether it was named by numeral and title both. An Arabic part number counts only where
    /// the paper was named or the text is read whole, as elsewhere.
    /// </summary>
    private (PaperPart Part, int End, bool Titled)? PartNamed(List<Token> t, int k, bool context)
    {
        if (k < t.Count && t[k].Is("the")) k++;
        if (vocabulary.PartTitle(t, k) is { } titled) return (titled.Part, titled.End, false);
        if (k + 1 >= t.Count || !(t[k].Is("part") || t[k].Is("section") || t[k].Is("pt"))) return null;
        var n = k + 1;
        if (t[k].Is("pt") && n < t.Count && t[n].IsSymbol('.')) n++;
        if (n >= t.Count) return null;
        int? number = t[n].Kind == TokenKind.Word && !(t[n].Lower == "i" && !t[n].Capitals) ? Numbers.Roman(t[n].Lower, anyCase: true)
            : context && t[n].Kind == TokenKind.Number ? Numbers.Cardinal(t[n]) : null;
        if (number is not { } p || library.Paper.Parts.FirstOrDefault(part => part.Number == p) is not { } found) return null;
        // "Part I: Background", as a passage's title names its part: the title after a colon is the same part's.
        if (n + 2 < t.Count && t[n + 1].IsSymbol(':') && vocabulary.PartTitle(t, n + 2) is { } title && title.Part == found) return (found, title.End, true);
        return (found, n + 1, false);
    }

    /// <summary>
    /// "Part III, introduction, paragraph 2", "Part II, closing paragraph": a part's own passages, named as citations
    /// name them (<see cref="PaperPart.PlaceOf"/>); the section's paragraphs are counted within it, and the section
    /// named alone is all of it.
    /// </summary>
    private ReferenceMatch? InSection(List<Token> t, int start, int k, PaperPart part, string section)
    {
        var paragraphs = part.Section(section);
        var end = k;
        if (end < t.Count && t[end].IsSymbol(',')) end++;
        List<(string First, string? Last)> counted = [("1", paragraphs.Count > 1 ? paragraphs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)];
        if (ParagraphMarker(t, end) is var marker and > 0)
        {
            end = marker;
            if (Labels(t, marker, out var labelsEnd) is { } labels) (counted, end) = (labels, labelsEnd);
        }
        else end = k;
        if (paragraphs.Count == 0) return null;
        var locators = new List<Locator>();
        foreach (var (first, last) in counted)
        {
            if (!int.TryParse(first, out var from) || !int.TryParse(last ?? first, out var to) || from < 1 || to < from || to > paragraphs.Count)
                return new ReferenceMatch(start, end, [], $"the {section} of Part {part.Numeral} has {Numbers.Words(paragraphs.Count)} paragraph{(paragraphs.Count == 1 ? "" : "s")}; '{Written}' names none");
            locators.Add(paragraphs[from - 1].Locator.ToParagraph(paragraphs[to - 1].Label));
        }
        // "Part II, closing, sentence 2", as a citation pins a sentence of a one-paragraph section: a part's own
        // paragraphs number their sentences each from 1.
        if (locators is [{ LastParagraph: null } one] && SentenceSuffix(t, end, out var firstSentence, out var lastSentence) is var sentenceEnd and > 0)
        {
            end = sentenceEnd;
            var paragraph = book.Resolve(one)!.Paragraphs[0];
            if (SentencesMissing("that paragraph", firstSentence, lastSentence, paragraph.Sentences.Count) is { } missing)
                return new ReferenceMatch(start, end, [], missing);
            locators = [one.WithSentences(firstSentence, lastSentence)];
        }
        if (PaperSuffix(t, end) is var suffix and > 0) end = suffix;
        return new ReferenceMatch(start, end, locators, null);
    }

    private ReferenceMatch OfPart(string text, List<Token> t, int start, int end, PaperPart part, List<(string First, string? Last)> labels)
    {
        if (part.Items.Count > 0)
        {
            var numbers = new List<int>();
            foreach (var (first, last) in labels)
            {
                if (!int.TryParse(first, out var from) || !int.TryParse(last ?? first, out var to) || to < from || to - from > LongestList)
                    return new ReferenceMatch(start, end, [], $"Part {part.Numeral} numbers its paragraphs as its {part.Slug}; '{Written}' names none");
                for (var n = from; n <= to; n++) numbers.Add(n);
            }
            int first1 = 0, last1 = 0;
            if (numbers.Count == 1 && SentenceSuffix(t, end, out first1, out last1) is var sentenceEnd and > 0) end = sentenceEnd;
            if (PaperSuffix(t, end) is var itemsSuffix and > 0) end = itemsSuffix;
            return Items(text, t, start, end, part, numbers, first1, last1);
        }

        return ParagraphRuns(t, start, end, labels, label => new Locator(library.Paper.Id, part.Slug, Paragraph: label), paperSuffix: true, () => PartHas(part));
    }

    private static string PartHas(PaperPart part) =>
        $"Part {part.Numeral} has {Numbers.Words(part.Introduction.Count + part.Closing.Count)} paragraphs; '{Written}' names none";
}
