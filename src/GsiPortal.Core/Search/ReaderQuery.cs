using System.Globalization;
using System.Text;

namespace GsiPortal.Core.Search;

/// <summary>How a query clause contributes: it must match, or it must not.</summary>
public enum ClauseOccur { Must, MustNot }

/// <summary>
/// One clause of a reader's query: a word, a "quoted phrase" or a trailing-wildcard prefix. <see cref="Terms"/>
/// holds its analysed terms in position order ("" where a stop word stood), analysed once when parsed.
/// </summary>
public sealed record QueryClause(QueryClauseKind Kind, string Text, ClauseOccur Occur, string[] Terms)
{
    /// <summary>The analysed terms without the gaps stop words leave.</summary>
    public IEnumerable<string> PlainTerms => Terms.Where(t => t.Length > 0);

    /// <summary>
    /// How many words typed just before it analysed to nothing (stop words: "of all" in "concerns of all countries"),
    /// so that the reader's words side by side keep their places as a quoted phrase's do.
    /// </summary>
    public int Gap { get; init; }
}

public enum QueryClauseKind { Word, Phrase, Prefix }

/// <summary>The words after a quotation mark never closed, and the query that searches them as the phrase the reader began.</summary>
public sealed record UnclosedQuote(string Words, string Query);

/// <summary>
/// A reader's query read forgivingly: words, "phrases", AND / OR / NOT, -exclusion and trailing wildcards.
/// Broken syntax (an unbalanced quote, a lone '*', brackets, ':' or '\') is read as plain text, never an error.
/// Groups are alternatives (OR); the clauses of a group all apply (AND).
/// </summary>
public sealed record ReaderQuery(string Text, IReadOnlyList<IReadOnlyList<QueryClause>> Groups)
{
    /// <summary>Query syntax read as spaces inside a word; '-' and '\'' are kept ("non-traditional", "China's").</summary>
    private const string SyntaxCharacters = "\"*+!():[]{}^~\\/|&?<>=;,";

    private static readonly System.Buffers.SearchValues<char> Syntax = System.Buffers.SearchValues.Create(SyntaxCharacters);

    /// <summary>
    /// Wildcards with too few letters before their '*' ("s*"), left out of the search: the page says why rather than
    /// "No passage mentions".
    /// </summary>
    public IReadOnlyList<string> ShortWildcards { get; init; } = [];

    /// <summary>
    /// Words with a '*' before their last letter ("*curity", "se*rity"), left out of the search: a * only ends a word
    /// here, and "*curity" was searched as "curity" and said "No passage mentions" (review 18, D10).
    /// </summary>
    public IReadOnlyList<string> MisplacedWildcards { get; init; } = [];

    /// <summary>
    /// Lucene's fuzzy, proximity and weight marks as typed ("~2" of "security~2", "^10"), which this search does not
    /// have: read as punctuation and left out, so the word is searched as typed without them, and the page says so.
    /// </summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>
    /// Words typed with Lucene's one-letter wildcard inside them ("sec?rity"), which this search does not have: each is
    /// searched without its '?' ("secrity", which the corrector may take for "security"), and the page says so, where
    /// it said "No passage mentions “sec?rity”" (a fresh-eyes review, the seventeenth session).
    /// </summary>
    public IReadOnlyList<string> QuestionMarks { get; init; } = [];

    /// <summary>Whether <paramref name="word"/> holds a '?' between two letters: Lucene's one-letter wildcard, not a question's end.</summary>
    public static bool HasInnerQuestionMark(string word)
    {
        if (word.Length < 3) return false;
        for (var i = word.IndexOf('?', 1); i > 0 && i < word.Length - 1; i = word.IndexOf('?', i + 1))
            if (char.IsLetter(word[i - 1]) && (char.IsLetter(word[i + 1]) || word[i + 1] == '?')) return true;
        return false;
    }

    /// <summary>'~' or '^' and the number after it, at the end of a word or closing quotation mark.</summary>
    private static readonly System.Text.RegularExpressions.Regex LuceneMark = new(@"[~^](?:\d+(?:\.\d+)?)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public bool HasPositiveClause => Groups.Any(g => g.Any(c => c.Occur == ClauseOccur.Must));

    public int ClauseCount => Groups.Sum(g => g.Count);

    /// <summary>
    /// Cleans the text (control and invisible format characters out, white space folded, Unicode normalised, the
    /// typographic quotation marks read as '"') before reading it. A text of invisible characters only cleans to "".
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            var category = char.GetUnicodeCategory(c);
            // A no-break space (and the thin, figure and other spaces of typography) is a space to a reader: kept, it joined
            // "indivisible security" into one token the analyzer split again, a phrase (5 results, not 8; review 19, T7).
            // NFKC would fold them, but the site runs with invariant globalization, where it leaves them as they are.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator) builder.Append(' ');
            else if (Compatibility(c) is { } folded) builder.Append(folded);
            else if (IsDoubleQuote(c)) builder.Append('"');
            else builder.Append(c);
        }
        return PairedSingleQuotes(string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>
    /// The double quotation marks of typography — “ ” as phones, word processors and copied articles write them, „ “ and
    /// « » — read as the phrase quote '"': “security of one country” was searched as loose words (8 results against the
    /// phrase's 2), and the page wrote it ““…”” (a fresh-eyes review, the seventeenth session).
    /// </summary>
    private static bool IsDoubleQuote(char c) => c is '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u301D' or '\u301E' or '\u301F';

    /// <summary>
    /// Single quotation marks read as a phrase quote where they pair: an opening ‘ (or ‚, ‹) that begins a word and a
    /// later ’ (or ‘, ›) that ends one. A ’ with a letter after it is an apostrophe ("China’s"), and a ’ with no opening
    /// mark before it ("countries’") is left as typed. Not where the query holds a double quote already (a phrase
    /// quoted inside a phrase would be read as two).
    /// </summary>
    private static string PairedSingleQuotes(string text)
    {
        if (text.AsSpan().IndexOfAny('\u2018', '\u201A', '\u2039') < 0 || text.Contains('"')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length - 2; i++)
        {
            if (chars[i] is not ('\u2018' or '\u201A' or '\u2039') || (i > 0 && char.IsLetterOrDigit(chars[i - 1])) || chars[i + 1] == ' ') continue;
            for (var j = i + 2; j < chars.Length; j++)
                if (chars[j] is '\u2019' or '\u2018' or '\u203A' && chars[j - 1] != ' ' && !(j + 1 < chars.Length && char.IsLetterOrDigit(chars[j + 1])))
                {
                    (chars[i], chars[j], i) = ('"', '"', j);
                    break;
                }
        }
        return new string(chars);
    }

    /// <summary>
    /// NFKC's folding of the compatibility forms a reader types as Latin: full-width letters, digits and signs
    /// ("ｓｅｃｕｒｉｔｙ", "ｓｅｃ＊", as East Asian keyboards type them), the ideographic space and the Latin ligatures. The
    /// site runs with invariant globalization, where <see cref="string.Normalize(NormalizationForm)"/> leaves them as they
    /// are: the analyzer folded the letters and found "security", while the page judged the query Chinese and said the
    /// texts are English (a fresh-eyes review, the sixteenth session).
    /// </summary>
    private static string? Compatibility(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        '\u3000' => " ",
        '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", '\uFB05' or '\uFB06' => "st",
        _ => null,
    };

    /// <summary>
    /// Printable ASCII, single spaces between words and none at either end: already what cleaning would make of it
    /// (most typed queries), returned as it is rather than rebuilt.
    /// </summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' || (c == ' ' && text[i - 1] == ' ')) return false;
        }
        return true;
    }

    public static ReaderQuery Parse(string cleaned)
    {
        var groups = new List<List<QueryClause>> { new() };
        List<string>? shortWildcards = null, misplacedWildcards = null, ignored = null, questionMarks = null;
        var negateNext = false;
        var i = 0;
        // Words since the last clause that analysed to nothing: the next word's Gap.
        var gap = 0;
        while (i < cleaned.Length)
        {
            if (cleaned[i] == ' ') { i++; continue; }
            var negate = negateNext;
            negateNext = false;
            if (cleaned[i] == '-' && i + 1 < cleaned.Length && cleaned[i + 1] != ' ')
            {
                negate = true;
                i++;
            }
            if (cleaned[i] == '"')
            {
                var close = cleaned.IndexOf('"', i + 1);
                if (close > i + 1)
                {
                    Add(groups[^1], QueryClauseKind.Phrase, cleaned[(i + 1)..close], negate, 0);
                    (i, gap) = (close + 1, 0);
                    // "…"~3, "…"^2: Lucene's proximity and weight, which would otherwise be searched as the number.
                    var after = cleaned.IndexOf(' ', i) is var space and >= 0 ? space : cleaned.Length;
                    if (after > i && LuceneMark.Match(cleaned, i, after - i) is { Success: true, Index: var at } mark && at == i)
                    {
                        (ignored ??= []).Add(mark.Value);
                        i = after;
                    }
                    continue;
                }
                i++; // an unbalanced or empty quote is dropped; what follows is read as words
                continue;
            }
            var end = cleaned.IndexOf(' ', i);
            if (end < 0) end = cleaned.Length;
            var quote = cleaned.IndexOf('"', i, end - i);
            if (quote > i) end = quote;
            var word = cleaned[i..end];
            i = end;
            switch (word)
            {
                case "AND" or "&&": continue;
                case "OR" or "||": if (groups[^1].Count > 0) groups.Add([]); gap = 0; continue;
                case "NOT": negateNext = true; continue;
            }
            // "security~2", "security^10": the word without Lucene's mark ("security 2" was searched as a phrase and
            // found Lei Kezhong ¶4's "security 2)").
            if (word.Length > 1 && (word[^1] is '~' or '^' || char.IsAsciiDigit(word[^1])) && LuceneMark.Match(word) is { Success: true, Index: > 0 } luceneMark
                && (char.IsLetterOrDigit(word[luceneMark.Index - 1]) || word[luceneMark.Index - 1] == '*'))
            {
                (ignored ??= []).Add(luceneMark.Value);
                word = word[..luceneMark.Index];
            }
            if (HasInnerQuestionMark(word))
            {
                (questionMarks ??= []).Add(word);
                word = word.Replace("?", "", StringComparison.Ordinal);
            }
            if (word.Length > 0 && word.AsSpan().IndexOfAnyExcept('*') < 0)
            {
                // A '*' alone stands for every word: said as a short wildcard is, not searched as nothing.
                (shortWildcards ??= []).Add(word);
                gap = 0;
            }
            else if (word.TrimEnd('*').Contains('*') && word.Any(char.IsLetterOrDigit))
            {
                // A * before a word's letters ("*curity"): Lucene's leading wildcard reads every term of the index, and
                // the words ending so are few; said, not searched as the letters after it.
                (misplacedWildcards ??= []).Add(word);
                gap = 0;
            }
            else if (word.EndsWith('*') && word.TrimEnd('*') is { Length: > 0 } prefix && prefix.All(char.IsLetterOrDigit))
            {
                if (prefix.Length >= SearchLimits.MinWildcardPrefix)
                    groups[^1].Add(new QueryClause(QueryClauseKind.Prefix, prefix, negate ? ClauseOccur.MustNot : ClauseOccur.Must, []));
                else
                    (shortWildcards ??= []).Add(word); // "s*" would stand for a good share of the texts' words
                gap = 0;
            }
            else
                gap = Add(groups[^1], QueryClauseKind.Word, word, negate, gap);
        }
        // The text searched is the words as read: the corrector rewrites it word by word ("secrity" → "security").
        var text = cleaned;
        foreach (var typed in questionMarks ?? [])
            text = text.Replace(typed, typed.Replace("?", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return new ReaderQuery(text, groups.Where(g => g.Count > 0).Select(g => (IReadOnlyList<QueryClause>)g).ToList())
        {
            ShortWildcards = shortWildcards ?? (IReadOnlyList<string>)[],
            MisplacedWildcards = misplacedWildcards ?? (IReadOnlyList<string>)[],
            Ignored = ignored ?? (IReadOnlyList<string>)[],
            QuestionMarks = questionMarks ?? (IReadOnlyList<string>)[],
        };
    }

    /// <summary>
    /// A quotation mark the reader opened and never closed (<c>"indivisible security</c>): the words after it, and
    /// the query with it closed at the end, which searches them as a phrase. Null when every quotation mark is
    /// closed, or when fewer than two words follow the open one (a phrase of one word searches what the word does).
    /// The query itself reads the open mark as nothing and searches the words (<see cref="Parse"/>); the page offers the
    /// phrase, since a search that silently drops what was typed leaves the reader believing the phrase was searched.
    /// </summary>
    public static UnclosedQuote? Unclosed(string cleaned)
    {
        var open = -1;
        for (var i = cleaned.IndexOf('"'); i >= 0; i = cleaned.IndexOf('"', i + 1))
            open = open < 0 ? i : -1;
        if (open < 0) return null;
        var words = cleaned[(open + 1)..].Trim();
        if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || words.Contains('"')) return null;
        return new UnclosedQuote(words, cleaned.TrimEnd() + "\"");
    }

    /// <summary>
    /// The word without the marks at its edges that belong to the sentence or a quotation: a closing full stop or
    /// ellipsis ("differences." → "differences"), and single quotation marks and apostrophes around it ("'security'").
    /// An abbreviation's stops are its own and kept ("U.S.", "e.g."): a word with a stop inside keeps its last.
    /// </summary>
    internal static string WordAtEdges(string word)
    {
        var trimmed = word.Trim('\'', '‘', '’');
        var unstopped = trimmed.TrimEnd('.', '…');
        if (unstopped.Length < trimmed.Length && !unstopped.Contains('.')) trimmed = unstopped;
        return trimmed.Any(char.IsLetterOrDigit) ? trimmed : word;
    }

    /// <summary>Adds the clause the text makes, if any; returns the gap the next word stands after (0 once a clause is added, one more for a word that analyses to nothing).</summary>
    private static int Add(List<QueryClause> group, QueryClauseKind kind, string text, bool negate, int gap)
    {
        // A comma between digits groups a number ("5,581"), which the analyzer reads as one.
        var plain = text.AsSpan().ContainsAny(Syntax) ? new string(text.Select((c, i) => SyntaxCharacters.Contains(c) && !(c == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) ? ' ' : c).ToArray()).Trim()
            : text.Trim();
        // A word is shown as a word: a sentence's full stop or a quoting mark at its edge is no part of it ("differences."
        // was named and linked with its stop in "Each on its own", review 23 D10 and T5); the analyzer reads the word alike.
        if (kind == QueryClauseKind.Word) plain = WordAtEdges(plain);
        if (plain.Length == 0) return gap;
        // A word that analyses to several tokens ("non-traditional", a pasted URL) becomes a phrase.
        var terms = WordAnalysis.PhraseTerms(plain);
        // A word in capitals that analyses to nothing may be an abbreviation ("WHO", "US"): kept, for its expansion.
        var capitals = kind == QueryClauseKind.Word && CapitalsAnalyzer.IsCapitals(plain);
        if (terms.Length == 0 && !capitals) return gap + 1;
        var asKind = kind == QueryClauseKind.Word && terms.Length > 1 ? QueryClauseKind.Phrase : kind;
        group.Add(new QueryClause(asKind, plain, negate ? ClauseOccur.MustNot : ClauseOccur.Must, terms) { Gap = gap });
        return 0;
    }
}
