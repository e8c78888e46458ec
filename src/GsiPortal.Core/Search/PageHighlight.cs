using GsiPortal.Core.Text;

namespace GsiPortal.Core.Search;

/// <summary>
/// The words a page marks when a search result links to it (<c>?highlight=indivisible security</c>): the searched
/// words wherever the page has them, as one mark where they stand together. A word found in most units ("security")
/// is marked only beside a rarer searched word in a paragraph that holds one — marked everywhere, it buried the one place the reader came for under nineteen
/// others on commitment 4 (a reader's review). Decided per paragraph, as a search unit is a paragraph or an item:
/// a paragraph with no rarer searched word marks the common ones, which are then why it matched. When every searched
/// word is common, each is marked wherever it stands.
/// </summary>
public sealed class PageHighlight
{
    public static readonly PageHighlight None = new(new HashSet<string>(), new HashSet<string>());

    private readonly IReadOnlySet<string> common;

    private PageHighlight(IReadOnlySet<string> terms, IReadOnlySet<string> common)
    {
        Terms = terms;
        this.common = common;
    }

    /// <summary>The analysed terms searched for: nothing is marked when there are none.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>
    /// The highlight of a page for the words given: only those found in the texts (<paramref name="occurs"/>), weighed
    /// by how common each is (<paramref name="commonAmong"/>). The order of the words does not matter: a common word
    /// beside a rarer one is marked with it, so "indivisible security" is one mark whichever way it was typed.
    /// </summary>
    public static PageHighlight Of(string? words, Func<string, bool> occurs, Func<IEnumerable<string>, IReadOnlySet<string>> commonAmong)
    {
        var terms = TextMarker.TermsOf(words).Where(occurs).ToHashSet();
        if (terms.Count == 0) return None;
        var common = commonAmong(terms);
        return new PageHighlight(terms, common.Count == terms.Count ? new HashSet<string>() : common);
    }

    /// <summary>Whether a paragraph holds a searched word rarer than the common ones: then those are marked only beside one.</summary>
    public bool HoldsRarer(string paragraph) =>
        common.Count > 0 && TextAnalysis.Tokens(PortalAnalyzer.Stemming, paragraph).Any(t => Terms.Contains(t.Term) && !common.Contains(t.Term));

    /// <summary>A sentence of a paragraph as runs, marked; <paramref name="paragraphHoldsRarer"/> from <see cref="HoldsRarer"/>.</summary>
    public IReadOnlyList<TextRun> Mark(string text, bool paragraphHoldsRarer) =>
        Terms.Count == 0
            ? [new TextRun(text, false)]
            : TextMarker.Runs(text, 0, text.Length, TextMarker.Matches(text, TextAnalysis.Tokens(PortalAnalyzer.Stemming, text), Terms, [],
                paragraphHoldsRarer ? common : null, commonAloneWhenNothingRarer: false));

    /// <summary>All the marks of a page depend on, for its cache key: the terms, in one order.</summary>
    public string Key => string.Join(' ', Terms.Order(StringComparer.Ordinal));
}
