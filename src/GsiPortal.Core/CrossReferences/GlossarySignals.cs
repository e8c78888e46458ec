using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The editors' glossary as a sign of what a commentary paragraph takes up: a paragraph that uses a key term
/// ("nuclear war", "counter-terrorism", "major countries") mentions the item whose sentence the glossary gives for
/// it. A term the paper also uses in its framing passages (the Background, a part's introduction: "universal
/// security", "win-win cooperation") is the paper's general vocabulary and points to no item; a term defined outside
/// the numbered items points to the passage that defines it (<see cref="InPassages"/>), where no other passage uses it. Texts are compared as <see cref="Similarity.Normalise"/> leaves them, so "great
/// powers" is read as the paper's "major countries".
/// </summary>
public sealed partial class GlossarySignals
{
    /// <summary>A term's patterns (the term and its variants) and what they point to.</summary>
    private sealed record Signal<T>(string Term, List<TermPattern> Patterns, T Target);

    private readonly List<Signal<PaperItem>> signals = [];
    private readonly List<Signal<Paragraph>> passageSignals = [];

    public GlossarySignals(ContentLibrary library)
    {
        var addresses = library.Addresses;
        var framing = library.Paper.Parts.SelectMany(p => p.Introduction).Select(p => p.Text).ToList();
        var paperParagraphs = library.Paper.Parts.SelectMany(p => p.Paragraphs).ToList();
        foreach (var entry in library.Glossary)
        {
            if (GlossaryReader.Definition(entry, addresses) is not { } definition) continue;
            if (definition.Item is not { } item)
            {
                // A term defined in Part I, an introduction or a closing passage points to that passage only where
                // no other passage of the paper uses it ("community of shared security for mankind"); "GSI" and
                // "global security governance" run through the paper and point nowhere.
                var defined = definition.Paragraphs[0];
                var own = entry.Variants.Prepend(entry.Term).Select(t => new TermPattern(t)).ToList();
                var stop = library.Reading.Stops.FirstOrDefault(s => s.Paragraphs.Contains(defined));
                if (stop is not null && !paperParagraphs.Where(p => !stop.Paragraphs.Contains(p)).Any(p => own.Any(r => r.IsMatch(p.Text))))
                    passageSignals.Add(new Signal<Paragraph>(entry.Term, own, defined));
                continue;
            }
            var patterns = entry.Variants.Prepend(entry.Term).Select(t => new TermPattern(t)).ToList();
            if (framing.Any(text => patterns.Any(p => p.IsMatch(text)))) continue;
            signals.Add(new Signal<PaperItem>(entry.Term, patterns, item));
        }
    }

    /// <summary>
    /// The items a text points to by the glossary's terms, each with the words the text itself uses for the first
    /// term that does ("food security" for the term "food and energy security", "nonproliferation" for
    /// "non-proliferation"): pages print them in quotation marks beside the commentary, so they must be its words,
    /// never the glossary's. Where only the normalised text matches ("great powers" read as "major countries"),
    /// the words are the span normalising renamed; null if none is found, and the item is still pointed to.
    /// </summary>
    public IEnumerable<(PaperItem Item, string? Term)> In(string text) => Find(signals, text);

    /// <summary>The passages outside the items (Part I, introductions, closing passages) a text points to by a term of their own, with its words as <see cref="In"/> gives them.</summary>
    public IEnumerable<(Paragraph Paragraph, string? Term)> InPassages(string text) => Find(passageSignals, text);

    private static IEnumerable<(T, string?)> Find<T>(List<Signal<T>> list, string text)
    {
        var compared = Similarity.Normalise(text);
        foreach (var group in list.Where(s => s.Patterns.Any(p => p.IsMatch(compared))).GroupBy(s => s.Target))
        {
            var patterns = group.SelectMany(s => s.Patterns).ToList();
            var own = patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success)?.Value ?? RenamedWords(text, patterns);
            yield return (group.Key, own);
        }
    }

    /// <summary>
    /// The text's own words for a term found only once normalised ("major power relations", read as the variant
    /// "major country relations"): the shortest run of words around a renamed span whose normalised form a pattern
    /// matches whole, at most three words either side of it.
    /// </summary>
    private static string? RenamedWords(string text, List<TermPattern> patterns)
    {
        var words = Word().Matches(text).ToList();
        foreach (var renamed in Similarity.RenamedSpans(text))
        {
            var first = words.FindIndex(w => w.Index + w.Length > renamed.Index);
            var last = words.FindLastIndex(w => w.Index < renamed.Index + renamed.Length);
            if (first < 0 || last < first) continue;
            var spans = from before in Enumerable.Range(0, 4) from after in Enumerable.Range(0, 4)
                        where first - before >= 0 && last + after < words.Count
                        orderby before + after
                        select text[words[first - before].Index..(words[last + after].Index + words[last + after].Length)];
            if (spans.FirstOrDefault(span => patterns.Any(p => Whole(p, Similarity.Normalise(span)))) is { } found) return found;
        }
        return null;
    }

    private static bool Whole(TermPattern pattern, string text) => pattern.Match(text) is { Success: true } m && m.Index == 0 && m.Length == text.Length;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
