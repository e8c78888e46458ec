using System.Diagnostics;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

/// <summary>
/// The one reading of references, for every surface: <c>/ref/…</c>, <c>/api/passages</c>, <c>/api/references</c>, search,
/// the linker and the MCP tools. The paper by its own numbering ("II.4", "§ III.12", "GSI 2.4"), by its items' names
/// ("commitment 4", "Priority eight", "priorities 3–5", "commitments 4 and 5", "the concept paper's fourth commitment",
/// "Commitment four, sentence 2"), by part ("Part III", "section III") and a part's paragraphs ("Part II, paragraph 2",
/// "Background ¶3"); the commentaries by author and paragraph
/// ("Khokhar ¶4", "paragraph 4 of Khokhar", "Lei Kezhong, para. 5", "Dong 2022 ¶16–18"). Case does not count. What the
/// names and nouns are comes from the content (<see cref="ReferenceVocabulary"/>). Read in one pass, each place tried
/// with a bounded look-ahead, so the time is linear in the text.
/// </summary>
/// <remarks>
/// In running text a bare number is not a reference: "2.4 billion", "the fourth plenum" and "section 3 of the law" are
/// left alone. Arabic part numbers ("2.4", "section 3") and ordinals ("fourth commitment") count only beside one of
/// the paper's names; Roman ones ("II.4") only in capitals and not after another document's divisions ("Chapter II.4").
/// Read whole (<see cref="Read"/>), the text is taken to be a reference, so "2.4", "ii.4" and "III" are read too.
/// </remarks>
public sealed partial class ReferenceGrammar
{
    /// <summary>Words after which "II.4" is another document's division, not the paper's.</summary>
    private static readonly HashSet<string> OtherDivisions = new(StringComparer.Ordinal)
    {
        "chapter", "article", "art", "clause", "rule", "volume", "vol", "annex", "appendix", "resolution", "table", "figure",
        "fig", "version", "v", "page", "p", "pp", "no", "number", "act", "book", "title", "schedule", "regulation",
    };

    private const int LongestList = 40;

    /// <summary>Stands in a reason for the words of the whole reference, known only once the match is complete.</summary>
    private const string Written = "\u0001";

    private readonly ContentLibrary library;
    private readonly AddressBook book;
    private readonly ReferenceVocabulary vocabulary;

    internal ReferenceGrammar(ContentLibrary library, AddressBook book)
    {
        this.library = library;
        this.book = book;
        vocabulary = new ReferenceVocabulary(library);
    }

    /// <summary>A text taken whole as one reference ("II.4", "Khokhar ¶4"): the passages it names, or why it names none.</summary>
    public ReferenceReading Read(string text)
    {
        var tokens = ReferenceTokens.Of(text, CancellationToken.None);
        if (tokens.Count > 0 && tokens[^1].IsSymbol('.')) tokens.RemoveAt(tokens.Count - 1);
        var match = tokens.Count == 0 ? null : At(text, tokens, 0, whole: true);
        if (match is null || match.End != tokens.Count)
            return new ReferenceReading([], $"'{text.Trim()}' is not a reference this site reads: try II.4, commitment 4, Part III or Khokhar ¶4");
        return Resolved(match, text, tokens);
    }

    /// <summary>
    /// A reference at the start of a text followed by other words ("commitment 4 indivisible"), as search reads a
    /// query; null when the text does not start with one.
    /// </summary>
    public (ReferenceReading Reading, int Length)? ReadStart(string text)
    {
        var tokens = ReferenceTokens.Of(text, CancellationToken.None);
        if (tokens.Count == 0 || At(text, tokens, 0, whole: true) is not { } match) return null;
        if (match.End < tokens.Count && tokens.Skip(match.End).Any(t => t.Kind != TokenKind.Word)) return null;
        return (Resolved(match, text, tokens), tokens[match.End - 1].End);
    }

    /// <summary>
    /// Every reference in a text, in order, with its characters; words written as a reference that name nothing are
    /// listed apart with the reason. Stops (incomplete) when <paramref name="budget"/> is spent.
    /// </summary>
    public ReferencesInText Find(string text, TimeSpan budget, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var tokens = ReferenceTokens.Of(text, cancellation);
        var found = new List<FoundReference>();
        var unresolved = new List<UnresolvedReference>();
        var complete = true;
        for (var i = 0; i < tokens.Count;)
        {
            if ((i & 0xFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
                // Not before the first step: a budget of 50 ms (the search page's) was spent before any token was read
                // whenever the thread waited that long for a core, and a short query then found nothing. The budget
                // bounds a long text's work; the first 256 tokens are always read.
                if (i > 0 && Stopwatch.GetElapsedTime(started) > budget) { complete = false; break; }
            }
            if (At(text, tokens, i, whole: false) is not { } match) { i++; continue; }
            int start = tokens[match.Start].Start, end = tokens[match.End - 1].End;
            var reading = Resolved(match, text, tokens);
            if (reading.Names) found.Add(new FoundReference(start, end - start, text[start..end], reading.Passages));
            else unresolved.Add(new UnresolvedReference(start, end - start, text[start..end], reading.Reason!));
            i = match.End;
        }
        return new ReferencesInText(found, unresolved, complete);
    }

    private ReferenceReading Resolved(ReferenceMatch match, string text, List<Token> tokens)
    {
        if (match.Reason is not null) return new ReferenceReading([], match.Reason.Replace(Written, Span(text, tokens, match.Start, match.End), StringComparison.Ordinal));
        var passages = match.Locators.Select(book.Resolve).OfType<Passage>().ToList();
        return passages.Count == match.Locators.Count ? new ReferenceReading(passages, null) : new ReferenceReading([], "it names no passage of the texts");
    }

    /// <summary>The reference starting at token <paramref name="i"/>, if any: the paper named first, a commentary, or the paper's numbering.</summary>
    private ReferenceMatch? At(string text, List<Token> t, int i, bool whole)
    {
        var named = vocabulary.PaperName(t, i);
        if (named > 0)
        {
            var j = named < t.Count && t[named].Is("'s") ? named + 1 : named;
            // "Concept Paper, Part I: Background, ¶3", as a passage's title prints it, and MLA's in-text "(Global Security
            // Initiative Concept Paper, pt. II, commitment 4)": a comma after the name, then a word or "§" — read whole
            // only, so that in running text "the concept paper, III.15" is the reference alone, as before.
            if (whole && j + 1 < t.Count && t[j].IsSymbol(',') && (t[j + 1].Kind == TokenKind.Word || t[j + 1].IsSymbol('§'))) j++;
            if ((PartParagraphs(text, t, j, context: true) ?? Paper(text, t, j, context: true, whole)) is { } m) return m with { Start = i };
        }
        if (whole && t[i].Is("the") && i + 1 < t.Count && At(text, t, i + 1, whole) is { } after) return after with { Start = i };
        return Commentary(text, t, i, whole) ?? PartParagraphs(text, t, i, context: whole) ?? Paper(text, t, i, context: whole, whole);
    }

    /// <summary>
    /// An item's number as an address may write it: digits in any form a route reads as the number ("4", "04", "+4"),
    /// or a Roman numeral in any case ("IV", "iv"), as a reference's item may be written ("II.IV"); null for anything
    /// else. The address book redirects every other spelling to the digits, the one canonical form.
    /// </summary>
    public static int? ItemNumber(string written) =>
        int.TryParse(written, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 0 ? number
        : Numbers.Roman(written, anyCase: true);

    /// <summary>A number in Roman numerals ("IV"), as the paper numbers its parts and a reference may number an item.</summary>
    public static string Roman(int number) => Numbers.ToRoman(number);

    private static string Span(string text, List<Token> t, int start, int end) => text[t[start].Start..t[end - 1].End];

    /// <summary>Where "of the GSI Concept Paper" or "in the concept paper" ends after a reference, or -1.</summary>
    private int PaperSuffix(List<Token> t, int k)
    {
        if (k >= t.Count || !(t[k].Is("of") || t[k].Is("in"))) return -1;
        k++;
        if (k < t.Count && t[k].Is("the")) k++;
        return vocabulary.PaperName(t, k);
    }

    /// <summary>"4", "4–5", "3 to 5", "4 and 5", "1, 2 and 3": item numbers, written as digits or words.</summary>
    private static List<int>? NumberList(List<Token> t, int k, out int end)
    {
        end = k;
        if (k >= t.Count || Numbers.Cardinal(t[k]) is not { } first) return null;
        var list = new List<int> { first };
        end = k + 1;
        while (end + 1 < t.Count && list.Count <= LongestList)
        {
            if ((t[end].IsDash || t[end].Is("to")) && Numbers.Cardinal(t[end + 1]) is { } last && last > list[^1] && last - list[^1] <= LongestList)
            {
                for (var n = list[^1] + 1; n <= last; n++) list.Add(n);
                end += 2;
            }
            else if ((t[end].IsSymbol(',') || t[end].Is("and") || t[end].IsSymbol('&')) && Numbers.Cardinal(t[end + 1]) is { } next)
            {
                list.Add(next);
                end += 2;
            }
            else if (t[end].IsSymbol(',') && end + 2 < t.Count && t[end + 1].Is("and") && Numbers.Cardinal(t[end + 2]) is { } final)
            {
                list.Add(final);
                end += 3;
            }
            else break;
        }
        return list.Count > LongestList ? null : list;
    }

    /// <summary>
    /// ", sentence 2", "sentences 2–3", ":s2", ":s2-s3", " s3", ", s. 2–3" after a single place; the end, or -1. The "s"
    /// forms are the site's own fragments (#s2-s3) as people write them after a reference.
    /// </summary>
    private static int SentenceSuffix(List<Token> t, int k, out int first, out int last)
    {
        first = last = 0;
        var colon = k < t.Count && t[k].IsSymbol(':') && !t[k].SpaceBefore;
        if (colon || (k < t.Count && t[k].IsSymbol(','))) k++;
        if (k < t.Count && t[k].Is("s") && (!colon || !t[k].SpaceBefore))
        {
            var n = k + 1;
            if (n < t.Count && t[n].IsSymbol('.')) n++;
            if (n >= t.Count || (colon && t[n].SpaceBefore) || Numbers.Cardinal(t[n]) is not { } s) return -1;
            first = last = Named(s);
            return RangeEnd(t, n + 1, allowS: true, ref last);
        }
        if (colon || k + 1 >= t.Count || !(t[k].Is("sentence") || t[k].Is("sentences")) || Numbers.Cardinal(t[k + 1]) is not { } from) return -1;
        first = last = Named(from);
        return RangeEnd(t, k + 2, allowS: false, ref last);
    }

    /// <summary>
    /// Stands for a sentence written as 0 ("II.4:s0"). No sentence named is 0, so a named 0 must differ from it: read as
    /// none, "II.4:s0" widened silently to the whole commitment. Every count check refuses it as it refuses s9.
    /// </summary>
    private const int SentenceZero = -1;

    private static int Named(int sentence) => sentence == 0 ? SentenceZero : sentence;

    /// <summary>"–3", " to 3", "-s3" after a first sentence: where the range ends (and its last), or <paramref name="k"/>. A last before the first is taken, to be refused with its reason.</summary>
    private static int RangeEnd(List<Token> t, int k, bool allowS, ref int last)
    {
        if (k + 1 >= t.Count || !(t[k].IsDash || t[k].Is("to"))) return k;
        var n = k + 1;
        if (allowS && t[n].Is("s") && n + 1 < t.Count) n++;
        if (Numbers.Cardinal(t[n]) is { } to)
        {
            last = Named(to);
            return n + 1;
        }
        return k;
    }

    /// <summary>
    /// Why sentences <paramref name="first"/> to <paramref name="last"/> of a passage of <paramref name="count"/> are not
    /// there, in the words every surface gives ("Commitment 4 has eight sentences"), or null when they are.
    /// </summary>
    private static string? SentencesMissing(string passage, int first, int last, int count)
    {
        if (first < 1 || last < 1 || first > count || last > count)
            return $"{passage} has {Numbers.Words(count)} sentence{(count == 1 ? "" : "s")}; '{Written}' names none";
        if (last < first)
            return $"'{Written}' runs backwards, from sentence {first} to sentence {last}: write the lower number first";
        return null;
    }
}
