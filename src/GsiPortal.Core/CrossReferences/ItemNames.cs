using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// The proper names that belong to one item of the paper alone ("Ukraine" to priority 5, "Cold War" to commitment 3):
/// runs of capitalised words, not opening a sentence, that stand in exactly one numbered item and in no other
/// paragraph of the paper. A commentary that writes the same run, whole and with the same capitals, mentions that
/// item however little else it shares with it ("the Russia-Ukraine conflict"). "Pacific Ocean" is not "Pacific",
/// and "context" is not the "Context" of a resolution's title. A longer name whose last two words another item uses
/// ("UN Security Council" beside "the Security Council") is not one item's.
/// </summary>
public sealed partial class ItemNames
{
    /// <summary>Capitalised words, joined across "of", "for", "in", "on", "and", "the" ("Conference on Interaction and Confidence Building Measures in Asia"); a leading "The" is not part of the name.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:The\s+)?(?<name>[A-Z][\p{L}]*[A-Z\p{Ll}](?:\s+(?:(?:of|for|in|on|and|the)\s+)*[A-Z][\p{L}]*[A-Z\p{Ll}])*)(?![\p{L}\p{N}])")]
    private static partial Regex CapitalisedRun();

    private readonly Dictionary<string, PaperItem> names;

    public ItemNames(Paper paper)
    {
        var byItem = new Dictionary<string, HashSet<PaperItem>>(StringComparer.Ordinal);
        foreach (var item in paper.Items)
            foreach (var sentence in item.Paragraphs.SelectMany(p => p.Sentences))
                foreach (Match m in CapitalisedRun().Matches(sentence.Text))
                {
                    var name = m.Groups["name"];
                    if (name.Index == 0) continue; // a sentence's first word is capitalised whatever it is
                    if (!byItem.TryGetValue(name.Value, out var items)) byItem[name.Value] = items = [];
                    items.Add(item);
                }
        var elsewhere = paper.Paragraphs.Where(p => p.Item is null).Select(p => p.Text).ToList();
        bool UsedBy(string words, PaperItem item) => item.Paragraphs.Any(p => Regex.IsMatch(p.Text, $@"\b{Regex.Escape(words)}\b"));
        names = byItem.Where(kv => kv.Value.Count == 1).Select(kv => (Name: kv.Key, Item: kv.Value.First()))
            .Where(n => !elsewhere.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(n.Name)}\b")))
            .Where(n => n.Name.Split(' ') is var words && (words.Length < 3 || !paper.Items.Any(i => i != n.Item && UsedBy(string.Join(' ', words[^2..]), i))))
            .ToDictionary(n => n.Name, n => n.Item, StringComparer.Ordinal);
    }

    /// <summary>Every name and the item it belongs to, for the documentation and the tests.</summary>
    public IEnumerable<(string Name, PaperItem Item)> All => names.Select(kv => (kv.Key, kv.Value)).OrderBy(n => n.Key, StringComparer.Ordinal);

    /// <summary>
    /// The items a sentence is about by name: it uses the item's name, not as one of a list ("the United Nations,
    /// the Shanghai Cooperation Organization and other …": a capitalised name joined to it by a comma, "and" or
    /// "or"), it names no other item by name, and no more than one other by a key term (<paramref name="byTerms"/>:
    /// "nuclear security, cybersecurity, AI, counter-terrorism" is a list however it is written). Such a sentence says
    /// something about the item's particular subject ("China's 12-point proposal to end the Ukraine crisis"; "peace in
    /// the Middle East, exemplifying the effectiveness of dialogue and consultation"), where a list only names it.
    /// </summary>
    public IEnumerable<PaperItem> SubjectsOf(string sentence, IEnumerable<PaperItem> byTerms)
    {
        var found = CapitalisedRun().Matches(sentence).Select(m => m.Groups["name"]).Where(g => names.ContainsKey(g.Value)).ToList();
        var items = found.Select(g => names[g.Value]).Distinct().ToList();
        if (items.Count != 1 || byTerms.Where(i => i != items[0]).Distinct().Count() > 1) return [];
        return found.Any(g => !InList(sentence, g.Index, g.Index + g.Length)) ? [names[found[0].Value]] : [];
    }

    /// <summary>Whether the name at [start, end) is joined to another capitalised name by a comma, "and" or "or".</summary>
    private static bool InList(string text, int start, int end) =>
        ListBefore().IsMatch(text[..start]) || ListAfter().IsMatch(text[end..]);

    [GeneratedRegex(@"[A-Z][\p{L}\p{N}-]*\)?\s*(?:,|and|or)\s*(?:the\s+)?$")]
    private static partial Regex ListBefore();

    [GeneratedRegex(@"^\s*(?:,|and|or)\s*(?:the\s+)?[A-Z]")]
    private static partial Regex ListAfter();

    /// <summary>The items whose names the text uses, each with the name.</summary>
    public IEnumerable<(PaperItem Item, string Name)> In(string text) =>
        CapitalisedRun().Matches(text).Select(m => m.Groups["name"].Value).Distinct().Where(names.ContainsKey).Select(n => (names[n], n));
}
