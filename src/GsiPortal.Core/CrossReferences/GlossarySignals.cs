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

    /// <summary>The items a text points to by the glossary's terms, each with the first term that does.</summary>
    public IEnumerable<(PaperItem Item, string Term)> In(string text)
    {
        var compared = Similarity.Normalise(text);
        return signals.Where(s => s.Patterns.Any(p => p.IsMatch(compared))).GroupBy(s => s.Item).Select(g => (g.Key, g.First().Term));
    }
}
