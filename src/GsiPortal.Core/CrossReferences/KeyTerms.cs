using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The key terms of one content version: the editors' glossary, A–Z, each with its concordance across all the texts,
/// then the abbreviations the paper defines. Nothing found by phrase discovery reaches a page; its candidates are
/// offered to the editors by the validate command (<see cref="Candidates"/>).
/// </summary>
public sealed class KeyTerms
{
    private readonly Dictionary<string, KeyTerm> bySlug;
    private readonly ILookup<Paragraph, KeyTerm> byParagraph;
    private readonly Lazy<IReadOnlyList<KeyTerm>> candidates;

    public KeyTerms(ContentLibrary library)
    {
        var addresses = library.Addresses;
        Glossary = library.Glossary.Select(entry => new KeyTerm(KeyTermFinder.Slug(entry.Term), entry.Term, false, null, 0,
            Concordance(library, [entry.Term, .. entry.Variants]), GlossaryReader.Definition(entry, addresses))
        {
            Explanation = entry.Explanation,
            ExplainedIn = GlossaryReader.ExplainingSentence(entry, addresses),
            Variants = entry.Variants,
        }).ToList();
        All = [.. Glossary, .. KeyTermFinder.AbbreviationTerms(library)];
        bySlug = All.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First());
        byParagraph = Glossary.SelectMany(t => t.Occurrences.Select(o => (o.Paragraph, Term: t))).Distinct().ToLookup(x => x.Paragraph, x => x.Term);
        candidates = new(() => KeyTermFinder.Find(library).Where(t => !t.IsAbbreviation)
            .Where(t => !Glossary.Any(g => GlossaryReader.Pattern(g.Phrase).IsMatch(t.Phrase) || GlossaryReader.Pattern(t.Phrase).IsMatch(g.Phrase))).ToList());
    }

    /// <summary>The glossary's concepts, A–Z.</summary>
    public IReadOnlyList<KeyTerm> Glossary { get; }

    /// <summary>The glossary's concepts, then the abbreviations.</summary>
    public IReadOnlyList<KeyTerm> All { get; }

    /// <summary>Recurring phrases the glossary does not hold, for the editors to consider; never shown on a page.</summary>
    public IReadOnlyList<KeyTerm> Candidates => candidates.Value;

    public KeyTerm? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>The glossary terms that occur in an item, those it uses most first, then A–Z.</summary>
    public IReadOnlyList<KeyTerm> In(PaperItem item) =>
        item.Paragraphs.SelectMany(p => byParagraph[p]).Distinct()
            .OrderByDescending(t => t.Occurrences.Count(o => o.Paragraph.Item == item)).ThenBy(t => GlossaryReader.SortKey(t.Phrase), StringComparer.Ordinal).ToList();

    /// <summary>Every place a term or one of its spellings stands, in reading order; overlapping matches counted once.</summary>
    private static List<TermOccurrence> Concordance(ContentLibrary library, IReadOnlyList<string> spellings)
    {
        var patterns = spellings.Select(s => new TermPattern(s)).ToList();
        var found = new List<TermOccurrence>();
        foreach (var paragraph in library.Paragraphs)
        {
            var end = -1;
            foreach (var m in patterns.SelectMany(p => p.Matches(paragraph.Text)).OrderBy(m => m.Index).ThenByDescending(m => m.Length))
            {
                if (m.Index < end) continue;
                found.Add(new TermOccurrence(paragraph, m.Index, m.Index + m.Length));
                end = m.Index + m.Length;
            }
        }
        return found;
    }
}
