using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Web.Pages.Commentaries;

/// <summary>
/// What one commentary paragraph shares with the paper and which items it discusses, folded under a one-line
/// summary: "Shares 2 passages with Commitment 4 · mentions Priority 5".
/// </summary>
public sealed record ParagraphNotes(Paragraph Paragraph, IReadOnlyList<SharedPassage> Shared, IReadOnlyList<Discussion> Discussions)
{
    public bool IsEmpty => Shared.Count == 0 && Discussions.Count == 0;

    /// <summary>
    /// The paragraph's notes: its shared wording (with items and with the paper's own passages: Part I, introductions,
    /// closing passages), the items it discusses, and the passages it names by a glossary term of their own
    /// ("community of shared security for mankind", Part III's introduction), as the coverage table counts them.
    /// </summary>
    public static ParagraphNotes For(CrossReferenceMap map, Paragraph paragraph) =>
        new(paragraph, map.SharedBy(paragraph), [.. map.DiscussionsBy(paragraph),
            .. map.PassagesTakenUpBy(paragraph).Where(l => l.Shared.Count == 0).Select(l => l.Discussion).OfType<Discussion>()]);

    /// <summary>
    /// Where a note of shared wording with one paper unit leads: the first of the unit's sentences that the words stand
    /// in (<c>/paper/commitments/4#s1</c>), not the top of the unit, which left a reader of Lei ¶4 to hunt through nine
    /// sentences for them (review 22, D8); the unit's address when no sentence holds them.
    /// </summary>
    public static string SharedLink(IEnumerable<SharedPassage> withOneUnit)
    {
        var shared = withOneUnit.ToList();
        return shared.Select(s => Core.Addresses.AddressBook.SentenceHolding(s.PaperParagraph, s.PaperStart))
            .OfType<Core.Addresses.Passage>()
            .OrderBy(p => p.SentenceRange!.Value.First)
            .FirstOrDefault()?.Address ?? shared[0].Paper.Url;
    }

    /// <summary>The summary line, in words.</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (Shared.Count > 0)
            {
                var labels = Shared.Select(s => s.Paper.Label).Distinct().ToList();
                parts.Add($"Shares {(Shared.Count == 1 ? "a passage" : $"{Shared.Count} passages")} with {Join(labels)}");
            }
            foreach (var group in Discussions.GroupBy(d => d.Strength).OrderByDescending(g => g.Key))
            {
                var verb = group.Key == DiscussionStrength.Mention ? "mentions" : "discusses";
                var after = group.Key == DiscussionStrength.Strong ? " at length" : "";
                var text = $"{verb} {Join(group.Select(d => d.Paper.Label).ToList())}{after}";
                parts.Add(parts.Count == 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text);
            }
            return string.Join(" · ", parts);
        }
    }

    private static string Join(IReadOnlyList<string> labels) =>
        labels.Count <= 1 ? string.Concat(labels) : string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1];
}
