using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>Applies the editors' link judgements (content/links.yml) to the computed discussions, and says what they mean as a passage's strength.</summary>
internal static class EditorsJudgements
{
    /// <summary>
    /// The discussions with each judged pair replaced: "none" removes a computed discussion, any other strength puts
    /// one in with the editors' reason (keeping the computed similarity and name, for the title and the JSON).
    /// Strongest first within each item, as the computed ones are.
    /// </summary>
    public static IReadOnlyList<Discussion> Apply(ContentLibrary library, IReadOnlyList<Discussion> computed, IReadOnlyList<SharedPassage> shared)
    {
        var judgements = library.LinkJudgements;
        if (judgements.All.Count == 0) return computed;
        var judged = judgements.All.Select(j => (j.Commentary, j.Item)).ToHashSet();
        var kept = computed.Where(d => d.Paper.Item is not { } item || !judged.Contains((d.Commentary, item))).ToList();
        foreach (var j in judgements.All.Where(j => j.Strength != JudgedStrength.None))
        {
            var was = computed.FirstOrDefault(d => d.Commentary == j.Commentary && d.Paper.Item == j.Item);
            var strength = j.Strength switch
            {
                JudgedStrength.DiscussedAtLength => DiscussionStrength.Strong,
                JudgedStrength.Discussed => DiscussionStrength.Moderate,
                _ => DiscussionStrength.Mention,
            };
            kept.Add(new Discussion(j.Commentary, new PaperUnit(j.Item.Paragraphs[0]), was?.Similarity ?? 0, strength, was?.Name, j.Why, was?.OneSentence ?? false)
                { Words = was?.Words ?? [], Restating = was?.Restating });
        }
        var order = library.Paper.Items.Select((item, n) => (item, n)).ToDictionary(x => x.item.Anchor, x => x.n);
        return kept.OrderBy(d => order.GetValueOrDefault(d.Paper.Key, int.MaxValue)).ThenByDescending(d => d.Strength).ThenByDescending(d => d.Similarity).ToList();
    }

    /// <summary>The editors' strength as a passage's: their word stands, whatever the shared words say.</summary>
    public static PassageStrength Strength(DiscussionStrength judged) => judged switch
    {
        DiscussionStrength.Strong => PassageStrength.DiscussedAtLength,
        DiscussionStrength.Moderate => PassageStrength.Discussed,
        _ => PassageStrength.Mention,
    };
}
