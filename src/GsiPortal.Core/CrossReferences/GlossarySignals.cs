using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The editors' glossary as a sign of what a commentary paragraph takes up: a paragraph that uses a key term
/// ("nuclear war", "counter-terrorism", "major countries") mentions the item whose sentence the glossary gives for
/// it. A term the paper also uses in its framing passages (the Background, a part's introduction: "universal
/// security", "win-win cooperation") is the paper's general vocabulary and points nowhere; so is a term defined
/// outside the numbered items. Texts are compared as <see cref="Similarity.Normalise"/> leaves them, so "great
/// powers" is read as the paper's "major countries".
/// </summary>
public sealed class GlossarySignals
{
    private readonly List<(string Term, List<Regex> Patterns, PaperItem Item)> signals = [];

    public GlossarySignals(ContentLibrary library)
    {
        var addresses = library.Addresses;
        var framing = library.Paper.Parts.SelectMany(p => p.Introduction).Select(p => p.Text).ToList();
        foreach (var entry in library.Glossary)
        {
            if (GlossaryReader.Definition(entry, addresses)?.Item is not { } item) continue;
            var patterns = entry.Variants.Prepend(entry.Term).Select(GlossaryReader.Pattern).ToList();
            if (framing.Any(text => patterns.Any(p => p.IsMatch(text)))) continue;
            signals.Add((entry.Term, patterns, item));
        }
    }

    /// <summary>
    /// The items a text points to by the glossary's terms, each with the words the text itself uses for the first
    /// term that does ("food security" for the term "food and energy security", "nonproliferation" for
    /// "non-proliferation"): pages print them in quotation marks beside the commentary, so they must be its words,
    /// never the glossary's. Where only the normalised text matches ("great powers" read as "major countries"),
    /// the words are the span normalising renamed; null if none is found, and the item is still pointed to.
    /// </summary>
    public IEnumerable<(PaperItem Item, string? Term)> In(string text)
    {
        var compared = Similarity.Normalise(text);
        foreach (var group in signals.Where(s => s.Patterns.Any(p => p.IsMatch(compared))).GroupBy(s => s.Item))
        {
            var patterns = group.SelectMany(s => s.Patterns).ToList();
            var own = patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success)?.Value
                ?? Similarity.RenamedSpans(text).FirstOrDefault(span => patterns.Any(p => p.IsMatch(Similarity.Normalise(span))));
            yield return (group.Key, own);
        }
    }
}
