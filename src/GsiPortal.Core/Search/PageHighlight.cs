using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// The words a page marks when a search result links to it (<c>?highlight=indivisible security</c>): the searched
/// words wherever the page has them, as one mark where they stand together; a quoted phrase only where it stands
/// (<see cref="HighlightWords"/>). A word found in most units ("security")
/// is marked only beside a rarer searched word when the page holds one — marked everywhere, it buried the one place
/// the reader came for under nineteen others on commitment 4, and thirty on Lei Kezhong's page (two readers'
/// reviews). Decided for the whole page (<see cref="On"/>), so that one paragraph does not mark what the next does
/// not. When every searched word is common, or the page holds no rarer one, each is marked wherever it stands. A
/// trailing wildcard marks the words its letters begin as written ("communit*": "community", not "communication"),
/// as its search marked them. Words that start with a reference mark the place it names only by the words after it
/// (<see cref="Sparing"/>).
/// </summary>
public sealed class PageHighlight
{
    public static readonly PageHighlight None = new(HighlightWords.None, new HashSet<string>(), new HashSet<string>(), false);

    private readonly HighlightWords words;
    private readonly IReadOnlySet<string> common;
    private readonly bool commonOnlyBesideRarer;

    /// <summary>The paragraphs (ids) a reference among the words names, and what they are marked by instead (null: none).</summary>
    private (IReadOnlySet<string> Ids, PageHighlight Marks)? place;

    private PageHighlight(HighlightWords words, IReadOnlySet<string> terms, IReadOnlySet<string> common, bool commonOnlyBesideRarer)
    {
        this.words = words;
        Terms = terms;
        this.common = common;
        this.commonOnlyBesideRarer = commonOnlyBesideRarer;
    }

    /// <summary>The analysed terms searched for, alone or in a phrase: nothing is marked when there are none.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>
    /// The highlight of a page for the words given (a query's words, and what its search added to them): only those found in the texts (<paramref name="occurs"/>; a phrase
    /// only when each of its words is), weighed by how common each is (<paramref name="commonAmong"/>). The order of the
    /// words does not matter: a common word beside a rarer one is marked with it, so "indivisible security" is one mark
    /// whichever way it was typed.
    /// </summary>
    public static PageHighlight Of(HighlightWords read, Func<string, bool> occurs, Func<IEnumerable<string>, IReadOnlySet<string>> commonAmong)
    {
        var found = new HighlightWords(read.Alone.Where(occurs).ToHashSet(StringComparer.Ordinal),
            read.Phrases.Where(p => p.All(t => t.Length == 0 || occurs(t))).ToList()) { Begun = read.Begun };
        var terms = found.Terms.ToHashSet(StringComparer.Ordinal);
        if (terms.Count == 0) return None;
        var common = commonAmong(terms);
        return new PageHighlight(found, terms, common.Count == terms.Count ? new HashSet<string>() : common, false);
    }

    /// <summary>The highlight for a page of these texts: common words marked only beside a rarer one if any text holds one.</summary>
    public PageHighlight On(IEnumerable<string> texts)
    {
        if (Terms.Count == 0 || (common.Count == 0 && place is null)) return this;
        var list = texts as IReadOnlyCollection<string> ?? [.. texts];
        var on = common.Count == 0 ? new PageHighlight(words, Terms, common, false)
            : new PageHighlight(words, Terms, common, list.Any(t => TextAnalysis.Tokens(PortalAnalyzer.Stemming, t).Any(token => Terms.Contains(token.Term) && !common.Contains(token.Term))));
        on.place = place is { } named ? (named.Ids, named.Marks.On(list)) : null;
        return on;
    }

    /// <summary>
    /// This highlight, but on the paragraphs a reference among the words names (<paramref name="named"/>), only
    /// <paramref name="rest"/>: the words after the reference. "commitment 4" names commitment 4, and marked as words
    /// it marked "committed" there, a stem-mate of nothing the reader looked for; elsewhere the words mark as they did in
    /// the search's other results (Lei Kezhong ¶4, found by "committed" and "4").
    /// </summary>
    public PageHighlight Sparing(IEnumerable<string> named, PageHighlight rest)
    {
        var spared = new PageHighlight(words, Terms, common, commonOnlyBesideRarer);
        spared.place = (named.ToHashSet(StringComparer.Ordinal), rest);
        return spared;
    }

    /// <summary>A text of the page (a sentence) as runs, marked.</summary>
    public IReadOnlyList<TextRun> Mark(string text) =>
        Terms.Count == 0
            ? [new TextRun(text, false)]
            : TextMarker.Runs(text, 0, text.Length, words.In(text, commonOnlyBesideRarer ? common : null, commonAloneWhenNothingRarer: false));

    /// <summary>A sentence of a paragraph as runs, marked: by the words after a reference where the paragraph is its place.</summary>
    public IReadOnlyList<TextRun> Mark(Paragraph paragraph, string text) =>
        place is { } named && named.Ids.Contains(AddressBook.Id(paragraph)) ? named.Marks.Mark(text) : Mark(text);

    /// <summary>
    /// All the marks of a page depend on, for its cache key: the words marked alone, in one order, then each phrase in
    /// quotation marks (a quoted phrase marks less than its words do), each wildcard's stem with its letters, and the
    /// place a reference names with what it is marked by.
    /// </summary>
    public string Key => string.Join(' ', words.Alone.Order(StringComparer.Ordinal)
        .Concat(words.Phrases.Select(p => "\"" + string.Join(' ', p) + "\"").Order(StringComparer.Ordinal))
        .Concat((words.Begun ?? new Dictionary<string, string[]>()).SelectMany(b => b.Value.Select(letters => b.Key + ":" + letters + "*")).Order(StringComparer.Ordinal))
        .Concat(place is { } named ? [$"@{string.Join(',', named.Ids.Order(StringComparer.Ordinal))}[{named.Marks.Key}]"] : []));
}
