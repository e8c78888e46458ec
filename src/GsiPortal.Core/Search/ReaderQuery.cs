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

    public bool HasPositiveClause => Groups.Any(g => g.Any(c => c.Occur == ClauseOccur.Must));

    public int ClauseCount => Groups.Sum(g => g.Count);

    /// <summary>Cleans the text (control characters out, white space folded, Unicode normalised) before reading it.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            var category = char.GetUnicodeCategory(c);
            builder.Append(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? ' ' : c);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

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
        var negateNext = false;
        var i = 0;
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
                    Add(groups[^1], QueryClauseKind.Phrase, cleaned[(i + 1)..close], negate);
                    i = close + 1;
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
                case "OR" or "||": if (groups[^1].Count > 0) groups.Add([]); continue;
                case "NOT": negateNext = true; continue;
            }
            if (word.EndsWith('*') && word.TrimEnd('*') is { Length: >= SearchLimits.MinWildcardPrefix } prefix && prefix.All(char.IsLetterOrDigit))
                groups[^1].Add(new QueryClause(QueryClauseKind.Prefix, prefix, negate ? ClauseOccur.MustNot : ClauseOccur.Must, []));
            else
                Add(groups[^1], QueryClauseKind.Word, word, negate);
        }
        return new ReaderQuery(cleaned, groups.Where(g => g.Count > 0).Select(g => (IReadOnlyList<QueryClause>)g).ToList());
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

    private static void Add(List<QueryClause> group, QueryClauseKind kind, string text, bool negate)
    {
        // A comma between digits groups a number ("5,581"), which the analyzer reads as one.
        var plain = text.AsSpan().ContainsAny(Syntax) ? new string(text.Select((c, i) => SyntaxCharacters.Contains(c) && !(c == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) ? ' ' : c).ToArray()).Trim()
            : text.Trim();
        if (plain.Length == 0) return;
        // A word that analyses to several tokens ("non-traditional", a pasted URL) becomes a phrase.
        var terms = WordAnalysis.PhraseTerms(plain);
        // A word in capitals that analyses to nothing may be an abbreviation ("WHO", "US"): kept, for its expansion.
        var capitals = kind == QueryClauseKind.Word && CapitalsAnalyzer.IsCapitals(plain);
        if (terms.Length == 0 && !capitals) return;
        var asKind = kind == QueryClauseKind.Word && terms.Length > 1 ? QueryClauseKind.Phrase : kind;
        group.Add(new QueryClause(asKind, plain, negate ? ClauseOccur.MustNot : ClauseOccur.Must, terms));
    }
}
