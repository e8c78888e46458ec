using System.Globalization;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Requests;

/// <summary>
/// What a reader may send to the search, page and API alike (<c>[AsParameters]</c> for the API, a handler
/// parameter for the page): the one place it is read and checked. The index checks the query and kind itself.
/// </summary>
public sealed class SearchParameters
{
    /// <summary>The words searched for.</summary>
    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>Only units of this kind (commitment, priority, …, commentary).</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    /// <summary>Only units of this document (paper, or a commentary's id).</summary>
    [FromQuery(Name = "doc")] public string? Doc { get; set; }

    /// <summary>The page of results, from 1.</summary>
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>
    /// Whether q holds anything to read: not missing, blank, or only characters the search cleans away (a NUL, a
    /// zero-width space, a direction mark), which answered 200 with nothing found, and "No passage mentions “”" on the
    /// page, where a blank q is refused (a fresh-eyes review, the seventeenth session).
    /// </summary>
    public bool HasQuery => ReaderQuery.Clean(Q).Length > 0;

    /// <summary>
    /// Why a program's search without words is refused (the API and MCP): an empty answer with 200 read as "nothing
    /// found", not as a request that asked nothing. The page shows its empty form instead.
    /// </summary>
    public const string NoQuery = "A search needs words to search for: give them as q, as in ?q=indivisible+security. q was missing, blank or only invisible characters.";

    /// <summary>
    /// Why the page searched nothing for a q of invisible characters only (<c>?q=%00</c>): it showed a blank 200 with
    /// the NUL echoed in the box (review 18, D13), where the API answers 400 with <see cref="NoQuery"/>.
    /// </summary>
    public const string OnlyInvisible = "Nothing was searched: the search held only invisible characters (a NUL, a zero-width space or a direction mark, "
        + "which are not words). Type the words to look for.";

    /// <summary>Why a query whose bytes are not text is refused, page and API alike.</summary>
    public const string NotText = "The query is not valid text: q holds percent-escapes that decode to no character (%C3 with no byte after it "
        + "to complete the letter, for instance). Type the words again, or encode them as UTF-8.";

    /// <summary>
    /// Whether q, as the request sent it (<paramref name="rawQueryString"/>, "?q=…&amp;page=2"), decodes to text. The host
    /// leaves percent-escapes that make no UTF-8 undecoded ("%C3(" for <c>q=%C3%28</c>), and the search answered them
    /// as words typed, echoing "%C3(".
    /// </summary>
    public static bool QueryIsText(string? rawQueryString)
    {
        if (string.IsNullOrEmpty(rawQueryString) || !rawQueryString.Contains('%')) return true;
        foreach (var pair in rawQueryString.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals < 0 || pair.AsSpan(0, equals) is not "q") continue;
            if (!Decodes(pair.AsSpan(equals + 1))) return false;
        }
        return true;
    }

    private static bool Decodes(ReadOnlySpan<char> value)
    {
        if (!value.Contains('%')) return true;
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && byte.TryParse(value.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else if (value[i] < 0x80) bytes.Add((byte)value[i]);
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(value[i].ToString()));
        }
        return System.Text.Unicode.Utf8.IsValid(bytes.ToArray());
    }

    /// <summary>The parameters a search reads once each (<c>meaning</c> is the page's own, and checked by it).</summary>
    private static readonly string[] ReadOnce = ["q", "kind", "doc", "page"];

    /// <summary>
    /// The first of q, kind, doc and page that <paramref name="query"/> gives more than once, or null. The binder took
    /// the first value and dropped the rest without a word (<c>?q=security&amp;q=peace</c> searched "security": review 18).
    /// </summary>
    public static string? Repeated(IQueryCollection query)
    {
        if (query.Count == 0) return null;
        foreach (var name in ReadOnce)
            if (query[name].Count > 1) return name;
        return null;
    }

    /// <summary>
    /// The words a search address gives under a bracketed name for q (<c>q[]=security</c>, <c>q[0]=…</c>, as PHP and
    /// some form libraries write an array) and not as q itself: the page answered 200 with an empty form and the API
    /// 400 "No query" (review 21, D7). Null where q is given, or no such name is.
    /// </summary>
    public static (string Name, string Words)? Bracketed(IQueryCollection query)
    {
        if (query.ContainsKey("q")) return null;
        foreach (var (name, values) in query)
            if (name.StartsWith("q[", StringComparison.Ordinal) && name.EndsWith(']'))
                return (name, string.Join(' ', values.Select(v => ReaderQuery.Clean(v)).Where(v => v.Length > 0)));
        return null;
    }

    /// <summary>Why a search giving its words as <c>q[]</c> is refused, and the address that searches them.</summary>
    public static string GiveAsQ(string name, string words) =>
        $"A search reads its words from q, and this address gives them as {name}: nothing was searched."
        + (words.Length > 0 ? $" Give them as q, as in ?q={Uri.EscapeDataString(words)}." : " Give the words to look for as q, as in ?q=indivisible+security.");

    /// <summary>Why a program's search giving <paramref name="name"/> more than once is refused, and the values it gave.</summary>
    public static string GiveOnce(string name, IReadOnlyList<string?> values)
    {
        var given = $"Give {name} once: this address gives it {Count(values.Count)} ({string.Join(", ", values.Select(v => $"\"{v}\""))}), and a search reads one.";
        if (name != "q") return given + " Keep the one meant.";
        var words = values.Select(v => ReaderQuery.Clean(v)).Where(v => v.Length > 0).Select(Uri.EscapeDataString).ToList();
        return words.Count < 2 ? given : given + $" To search for all the words, put them in one q (?q={string.Join('+', words)}); for any of them, join them with OR (?q={string.Join("+OR+", words)}).";
    }

    private static string Count(int values) => values switch { 2 => "twice", 3 => "three times", var n => $"{n} times" };

    /// <summary>
    /// A page given in digits past what any search fills (2147483648): a page that is not there, answered 404 as a
    /// page past a search's last is, on the page and the API alike (review 19, D11: the API answered 400 for this one,
    /// 200 with no results for page 100 of eleven, and the page 404).
    /// </summary>
    public bool PageBeyondAny => !string.IsNullOrEmpty(Page) && Page.All(char.IsAsciiDigit) && Page.TrimStart('0').Length > 0
        && !int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>The request to run, or the reason it cannot be.</summary>
    public bool TryRead(out SearchRequest request, out string problem)
    {
        request = new SearchRequest(Q, Blank(Kind), Blank(Doc));
        problem = "";
        if (string.IsNullOrEmpty(Page)) return true;
        if (!int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            // Digits past what any search fills are a page that is not there, not a malformed one.
            var pastAnyPage = Page.All(char.IsAsciiDigit) && Page.TrimStart('0').Length > 0;
            problem = pastAnyPage
                ? $"There is no page {Page[..Math.Min(Page.Length, 20)]}{(Page.Length > 20 ? "…" : "")}: no search has that many pages of results."
                : "Pages are numbered from 1: page must be a whole number from 1.";
            return false;
        }
        request = request with { Page = page };
        return true;
    }

    /// <summary>The query, kind and document as a query string ("?q=…&amp;kind=…"), for the same search at another address.</summary>
    public string QueryString()
    {
        var query = "?q=" + Uri.EscapeDataString(Q ?? "");
        if (Blank(Kind) is { } kind) query += "&kind=" + Uri.EscapeDataString(kind);
        if (Blank(Doc) is { } doc) query += "&doc=" + Uri.EscapeDataString(doc);
        return query;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
