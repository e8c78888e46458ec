using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>The key terms of one content version, by slug and by the paragraphs they occur in.</summary>
public sealed class KeyTerms
{
    private readonly Dictionary<string, KeyTerm> bySlug;
    private readonly ILookup<Paragraph, KeyTerm> byParagraph;

    public KeyTerms(ContentLibrary library)
    {
        All = KeyTermFinder.Find(library);
        bySlug = All.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => g.First());
        byParagraph = All.SelectMany(t => t.Occurrences.Select(o => (o.Paragraph, Term: t))).Distinct().ToLookup(x => x.Paragraph, x => x.Term);
    }

    /// <summary>Phrases first, by score, then the abbreviations.</summary>
    public IReadOnlyList<KeyTerm> All { get; }

    public KeyTerm? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>The key terms that occur in an item, those it uses most first, then the most characteristic.</summary>
    public IReadOnlyList<KeyTerm> In(PaperItem item) =>
        item.Paragraphs.SelectMany(p => byParagraph[p]).Distinct()
            .OrderByDescending(t => t.Occurrences.Count(o => o.Paragraph.Item == item)).ThenByDescending(t => t.Score).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
}
